import type { Entity } from '../../core/model.js'
import type { StoredDoc } from '../../store/store.js'

/** One line of `extract --format eval`: exactly the per-document JSON of `eval/FORMAT.md`. */
export function evalRecord(doc: StoredDoc, entities: readonly Entity[]): Record<string, unknown> {
  return {
    file: doc.source.file,
    title: doc.meta.title,
    published: doc.meta.published ? doc.meta.published.slice(0, 10) : null,
    authors: doc.meta.authors,
    publisher: doc.meta.publisher,
    language: doc.meta.language,
    body: doc.text,
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      country: e.country,
      role: e.sector,
      aliases: e.aliases,
    })),
    quotes: doc.quotes.map((q) => ({ speaker: q.speaker ?? q.speakerName, text: q.text })),
    events: doc.events.map((e) => ({
      type: e.type,
      mode: e.mode,
      actor: e.actor,
      recipient: e.recipient,
      status: e.status,
      evidence: e.evidence,
      actor_entity: e.actorEntity,
      recipient_entity: e.recipientEntity,
      reported_by: e.reportedBy,
      date: e.date,
      score: e.score,
    })),
  }
}
