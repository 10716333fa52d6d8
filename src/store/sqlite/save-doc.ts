import type Database from 'better-sqlite3'
import type { StoredDoc } from '../store.js'

/** Writes one document and its results; runs inside the caller's transaction. */
export function saveDocRows(db: Database.Database, doc: StoredDoc): boolean {
  const exists = db.prepare('SELECT 1 FROM documents WHERE id = ?').get(doc.id)
  if (exists) return false
  const seq = Number(
    (db.prepare('SELECT coalesce(max(seq), 0) + 1 AS n FROM documents').get() as { n: number }).n,
  )
  const m = doc.meta
  db.prepare(
    `INSERT INTO documents (id, uri, file, kind, fetched_at, title, published, authors, publisher, language, url, origin,
     text, diagnostics, duplicate_of, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    doc.id,
    doc.source.uri,
    doc.source.file,
    doc.source.kind,
    doc.source.fetchedAt,
    m.title,
    m.published,
    JSON.stringify(m.authors),
    m.publisher,
    m.language,
    m.url,
    m.origin,
    doc.text,
    JSON.stringify(doc.diagnostics),
    doc.duplicateOf,
    seq,
  )
  const band = db.prepare('INSERT INTO doc_bands (band, doc) VALUES (?, ?)')
  for (const b of doc.bands) band.run(b, doc.id)
  const sent = db.prepare(
    'INSERT INTO sentences (doc, idx, start, end, paragraph) VALUES (?, ?, ?, ?, ?)',
  )
  for (const s of doc.sentences) sent.run(doc.id, s.index, s.span.start, s.span.end, s.paragraph)
  const men = db.prepare(
    'INSERT INTO mentions (doc, entity, start, end, text) VALUES (?, ?, ?, ?, ?)',
  )
  for (const x of doc.mentions) men.run(doc.id, x.entity, x.span.start, x.span.end, x.text)
  const ev = db.prepare(
    `INSERT INTO events (id, doc, type, mode, actor, recipient, actor_entity, recipient_entity, status, reported_by, date,
     date_precision, place, score, sentence, start, end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const e of doc.events)
    ev.run(
      e.id,
      doc.id,
      e.type,
      e.mode,
      e.actor,
      e.recipient,
      e.actorEntity,
      e.recipientEntity,
      e.status,
      e.reportedBy,
      e.date,
      e.datePrecision,
      e.place,
      e.score,
      e.sentence,
      e.span.start,
      e.span.end,
      e.evidence,
    )
  const q = db.prepare(
    'INSERT INTO quotes (id, doc, start, end, text, speaker, speaker_name, cue, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  doc.quotes.forEach((x, i) =>
    q.run(
      `${doc.id}-q${i}`,
      doc.id,
      x.span.start,
      x.span.end,
      x.text,
      x.speaker,
      x.speakerName,
      x.cue,
      x.sentence,
    ),
  )
  return true
}
