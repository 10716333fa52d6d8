import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/interfaces/http/app.js'
import { standardPipeline } from '../../src/presets.js'
import type { Store } from '../../src/store/store.js'
import { hasChromium, launchChromium, CHROMIUM } from './browser.js'
import { exampleStore } from './example-store.js'

/** An article of our own with the usual hostile furniture, uploaded through the ingest page. */
const UPLOADED_PAGE = `<!doctype html><html><head><title>Caspian ferry timetable changes</title>
<script>window.__pwned = 'head'</script></head><body><article>
<h1>Caspian ferry timetable changes</h1>
<p>The port authority in Aktau said on Monday that the winter ferry timetable to Baku would start two weeks early this year because of storms forecast for late November.</p>
<p>Freight forwarders said the change would delay about forty rail wagons a week <img src=x onerror="window.__pwned = 'img'"> and asked for extra sailings in December.</p>
<p><a href="javascript:window.__pwned = 'link'">Read the full notice</a> <script>window.__pwned = 'body'</script> The authority promised to publish the new schedule by Friday.</p>
</article></body></html>`

/** Screenshots of every page, for a person to look at (not committed). */
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots')

const suite = hasChromium ? describe : describe.skip
if (!hasChromium)
  console.warn(`dashboard e2e tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`)

suite(
  hasChromium
    ? 'dashboard in Chromium (example corpus)'
    : `dashboard in Chromium (skipped: ${CHROMIUM} is missing; apt-get install chromium)`,
  () => {
    let store: Store
    let server: ServerType
    let base: string
    let page: Page
    let closeBrowser: () => Promise<void>
    let webDir: string
    const dialogs: string[] = []
    const errors: string[] = []

    beforeAll(async () => {
      webDir = mkdtempSync(join(tmpdir(), 'forewarn-web-'))
      const script = new URL('../../scripts/build-web.mjs', import.meta.url).href
      const { buildWeb } = (await import(script)) as { buildWeb: (out: string) => Promise<string> }
      await buildWeb(webDir)
      store = await exampleStore()
      const app = createApp({ store, pipeline: standardPipeline(), dashboardDir: webDir })
      server = await new Promise<ServerType>((resolve) => {
        const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
      })
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const browser = await launchChromium()
      closeBrowser = browser.close
      page = await browser.context.newPage()
      page.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
      })
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`)
      })
      mkdirSync(SCREENSHOTS, { recursive: true })
    })

    afterAll(async () => {
      await closeBrowser?.()
      await new Promise((r) => server?.close(r))
      await store?.close()
      rmSync(webDir, { recursive: true, force: true })
    })

    /** Opens a hash route and waits until its page has rendered `selector`. */
    async function open(route: string, name: string, selector: string): Promise<void> {
      await page.goto(`${base}/#/${route}`)
      await page.waitForSelector(`.page[data-page="${name}"] ${selector}`, { timeout: 30_000 })
    }
    const shot = (name: string) =>
      page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })

    it('overview: counts, risk chart, indicator board, top claims', async () => {
      await open('', 'overview', '.stats')
      await page.waitForSelector('[data-testid="risk-chart"] canvas')
      expect(await page.locator('[data-testid="indicator-board"] .tile').count()).toBeGreaterThan(0)
      expect(await page.locator('.claim-list li').count()).toBeGreaterThan(0)
      await shot('overview')
    })

    it('events: filters narrow the table and the timeline is drawn', async () => {
      await open('events', 'events', '.events-table')
      const all = await page.locator('.events-table tbody tr').count()
      await page.fill('input[name="actor"]', 'RUS')
      await page.fill('input[name="recipient"]', 'KAZ')
      await page.click('form.filters button[type="submit"]')
      await page.waitForURL(/actor=RUS/)
      await page.waitForSelector('.page[data-page="events"] .events-table')
      const rows = page.locator('.events-table tbody tr')
      expect(await rows.count()).toBeGreaterThan(0)
      expect(await rows.count()).toBeLessThanOrEqual(all)
      for (const text of await rows.locator('td:nth-child(3)').allTextContents())
        expect(text).toBe('RUS → KAZ')
      await page.waitForSelector('.chart canvas')
      await shot('events')
    })

    it('network: draws actors and coloured relations', async () => {
      await open('network', 'network', '[data-testid="network"] canvas')
      await page.waitForTimeout(300)
      await shot('network')
      const all = await page.locator('.page[data-page="network"] .card h2').textContent()
      await page.fill('form.filters input[name="to"]', '2022-06-30')
      await page.click('form.filters button[type="submit"]')
      await page.waitForURL(/to=2022-06-30/)
      await page.waitForSelector('.page[data-page="network"] [data-testid="network"] canvas')
      const early = await page.locator('.page[data-page="network"] .card h2').textContent()
      // Fewer events up to mid-2022 than in the whole corpus: fewer relations, never more.
      const relations = (t: string | null) => Number(/(\d+) directed/.exec(t ?? '')?.[1])
      expect(relations(early)).toBeLessThan(relations(all))
    })

    it.each([
      ['a fixture claim', 'fixture'],
      ['a claim coded from the example corpus', 'corpus'],
    ] as const)(
      'claims → mention → reader scrolled to the highlighted evidence: %s',
      async (_label, which) => {
        await open('claims', 'claims', '.claim-card')
        const cards = page.locator('.claim-card')
        const card = (
          which === 'fixture'
            ? cards.filter({ hasText: 'Harbour Dispatch' })
            : cards
                .filter({ hasNotText: 'Harbour Dispatch' })
                .filter({ hasNotText: 'Lakeside Courier' })
        ).first()
        await card.locator('summary').click()
        if (which === 'fixture') {
          await page.evaluate(() => window.scrollTo(0, 0))
          await page.screenshot({ path: join(SCREENSHOTS, 'claims.png') })
        }
        const mention = card.locator('.mentions li').last()
        const evidence = (await mention.locator('blockquote').textContent())?.trim() ?? ''
        expect(evidence.length).toBeGreaterThan(20)
        await mention.locator('a.to-source').click()
        await page.waitForSelector('.page[data-page="doc"] .sent.target')
        const target = page.locator('.sent.target')
        // The evidence is the coded sentence (or a part of it, when the coder trims it).
        expect((await target.textContent())?.replace(/\s+/g, ' ')).toContain(
          evidence.replace(/\s+/g, ' ').slice(0, 60),
        )
        await expect.poll(() => target.isVisible()).toBe(true)
        const box = await target.boundingBox()
        expect(box && box.y >= 0 && box.y < 900).toBe(true)
        await shot(which === 'fixture' ? 'reader' : 'reader-corpus-claim')
      },
    )

    it('hostile markup in articles is shown as text and never runs', async () => {
      await page.goto(`${base}/#/documents?q=withdrawal`)
      await page.waitForSelector('.page[data-page="documents"] .docs-table a')
      await shot('documents')
      const hostile = (await store.listDocs({ limit: 500 })).find((d) =>
        d.source.uri.endsWith('kz-csto-withdrawal-begins.html'),
      )
      expect(hostile).toBeDefined()
      for (const id of [hostile?.id ?? '', 'fixture-harbour']) {
        await open(`doc/${id}`, 'doc', '.doc-text')
        await page.waitForTimeout(200)
        await shot(id === 'fixture-harbour' ? 'reader-hostile-fixture' : 'reader-hostile-example')
        // The reader shows the whole clean text, every character once, in order.
        const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, '')
        expect(squash(await page.locator('.doc-text').textContent())).toBe(
          squash((await store.getDoc(id))?.text),
        )
        expect(
          await page
            .locator('#app script, #app img, #app iframe, #app [onerror], #app [onclick]')
            .count(),
        ).toBe(0)
        expect(await page.locator('#app a[href^="javascript:"]').count()).toBe(0)
        expect(
          await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
        ).toBeUndefined()
      }
      // The fixture's markup is visible, literally, as text.
      expect(await page.locator('.doc-text').textContent()).toContain(
        '<script>window.__pwned = "script"</script>',
      )
      expect(dialogs).toEqual([])
    })

    it('entities, quotes and ACH pages render', async () => {
      await open('entities', 'entities', 'table')
      await shot('entities')
      await open('quotes', 'quotes', '.quotes-table')
      await shot('quotes')
      await page.locator('.quotes-table a:has-text("In context")').first().click()
      await page.waitForSelector('.page[data-page="doc"] .sent.target')
      await open('ach', 'ach', 'table.ach')
      expect(await page.locator('table.ach tbody tr').count()).toBeGreaterThan(0)
      await shot('ach')
    })

    it('ingest: pasted text and an uploaded page are stored, a refused URL is listed with its reason', async () => {
      await open('ingest', 'ingest', 'form.ingest-form')
      const article = [
        'Prairie Ledger',
        'Grain exporters in Kostanay told the regional akimat on Wednesday that rail wagons were short again this autumn.',
        'Two elevator operators said trains to the Caspian ports now wait up to nine days at the border stations.',
        'The akimat promised to raise the matter with the national railway before the harvest peaks in October.',
        'Farmers who spoke to the Ledger said they had started storing wheat in open sheds because silos were full.',
      ].join('\n\n')
      await page.fill('textarea[name="text"]', article)
      await page.fill('textarea[name="urls"]', 'http://127.0.0.1:1/private')
      await page.setInputFiles('input[name="files"]', {
        name: 'upload-hostile.html',
        mimeType: 'text/html',
        buffer: Buffer.from(UPLOADED_PAGE),
      })
      await page.click('form.ingest-form button[type="submit"]')
      await page.waitForSelector('.result .summary')
      expect(await page.locator('.result .summary').textContent()).toContain('Stored 2')
      await page.waitForSelector('.failures-table td:has-text("PRIVATE_ADDRESS")')
      await shot('ingest')
      // The uploaded page, read back in the reader: its markup never runs.
      const uploaded = (await store.listDocs({ limit: 500 })).find(
        (d) => d.source.uri === 'upload:upload-hostile.html',
      )
      expect(uploaded?.text).toContain('ferry timetable')
      await open(`doc/${uploaded?.id ?? ''}`, 'doc', '.doc-text')
      await page.waitForTimeout(200)
      expect(await page.locator('#app script, #app img, #app [onerror]').count()).toBe(0)
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
      ).toBeUndefined()
      expect(dialogs).toEqual([])
      expect(errors).toEqual([])
    })

    it('narrow screens: pages reflow without sideways scrolling', async () => {
      await page.setViewportSize({ width: 390, height: 844 })
      for (const [route, name, selector] of [
        ['', 'overview', '.stats'],
        ['events', 'events', '.events-table'],
        ['doc/fixture-lakeside', 'doc', '.doc-text'],
      ] as const) {
        await open(route, name, selector)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        )
        expect([name, overflow]).toEqual([name, 0])
        await shot(`mobile-${name}`)
      }
      expect(errors).toEqual([])
    })

    it('a server that needs a token for reads asks for it, then shows the data', async () => {
      const app = createApp({
        store,
        token: 'open-sesame',
        protectReads: true,
        dashboardDir: webDir,
      })
      const guarded = await new Promise<ServerType>((resolve) => {
        const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
      })
      try {
        await page.goto(`http://127.0.0.1:${(guarded.address() as AddressInfo).port}/#/documents`)
        await page.waitForSelector('form.token-form')
        await shot('token')
        await page.fill('form.token-form input[name="token"]', 'open-sesame')
        await page.click('form.token-form button[type="submit"]')
        await page.waitForSelector('.page[data-page="documents"] .docs-table a')
      } finally {
        await new Promise((r) => guarded.close(r))
      }
    })
  },
)
