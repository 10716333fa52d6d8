/**
 * "Dana Seitkali covers energy for The Steppe Courier from Almaty.": a closing paragraph about one
 * of the page's own authors is page furniture, not the report. Only the last paragraph is looked
 * at, only when it opens with an author's name (or surname) and reads as a bio.
 */
export function dropAuthorBio(
  text: string,
  authors: readonly string[],
): { text: string; dropped: boolean } {
  if (!authors.length) return { text, dropped: false }
  const cut = text.lastIndexOf('\n\n')
  const last = text.slice(cut + 2).trim()
  if (cut < 0 || last.length > MAX_BIO || !BIO.test(last)) return { text, dropped: false }
  const opensWithAuthor = authors.some((name) => {
    const surname = name.split(/\s+/).at(-1) ?? name
    return last.startsWith(`${name} `) || last.startsWith(`${surname} `)
  })
  return opensWithAuthor
    ? { text: text.slice(0, cut).trimEnd(), dropped: true }
    : { text, dropped: false }
}

/** Longest paragraph taken for a bio (a long closing paragraph is more likely the report's). */
const MAX_BIO = 400

// What a bio says of its subject: the beat, the job, the base.
const BIO =
  /^[^.!?]{0,80}\b(?:covers|reports on|writes (?:about|on|for)|is (?:a|an|the)\b[^.]{0,60}\b(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|fellow|producer)|is based in)\b/i
