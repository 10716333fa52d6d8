import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

/** Debian's Chromium (or FOREWARN_CHROMIUM); the end-to-end tests skip when it is missing. */
export const CHROMIUM = process.env['FOREWARN_CHROMIUM'] || '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)

/** Headless Chromium with a fresh profile and nothing that calls home. */
export async function launchChromium(): Promise<{
  context: BrowserContext
  close: () => Promise<void>
}> {
  const profile = mkdtempSync(join(tmpdir(), 'forewarn-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
