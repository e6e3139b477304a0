import { ARCHIVED } from '../manifest/names.js'
import type { ModelEntry } from '../manifest/schema.js'
import { lastStage, pipelineText } from '../stages/pipeline.js'
import { escapeHtml } from './escape.js'
import { commitHtml, moveHtml, pointHtml } from './format.js'
import type { Registry } from './gather.js'
import { page } from './layout.js'
import type { RepositoryLinks } from './links.js'

/** Where a model's page is, from the site's root: model names are safe file names by the manifest's rule. */
export function modelPagePath(model: string): string {
  return `models/${model}.html`
}

/** The versions of a model in a stage, in the order written (the newest last). */
function inStage(entry: ModelEntry, stage: string): string[] {
  const versions: string[] = []
  for (const [version, details] of entry.versions) if (details.stage === stage) versions.push(version)
  return versions
}

/** The newest version in the stage, and how many others are there with it. */
function stageCell(versions: readonly string[]): string {
  const newest = versions[versions.length - 1]
  if (newest === undefined) return '<td class="muted">—</td>'
  const others = versions.length - 1
  return `<td><span class="mono">${escapeHtml(newest)}</span>${others > 0 ? ` <span class="note">+${others}</span>` : ''}</td>`
}

function row(
  registry: Registry,
  model: string,
  entry: ModelEntry,
  links: RepositoryLinks | undefined
): string {
  const stages = registry.pipeline.stages.map(stage => stageCell(inStage(entry, stage.name))).join('')
  const archived = inStage(entry, ARCHIVED).length
  const last = registry.history.get(model)?.at(-1)
  return (
    `<tr data-name="${escapeHtml(model)}"><th scope="row"><a href="${escapeHtml(modelPagePath(model))}">` +
    `${escapeHtml(model)}</a></th>${stages}<td class="num">${archived}</td>` +
    `<td>${last ? moveHtml(last, links) : '<span class="muted">no move recorded</span>'}</td>` +
    `<td class="num">${entry.versions.size}</td></tr>`
  )
}

/** Where the registry was read: the manifest, the commit (linked), and what --at asked for. */
export function sourceLine(registry: Registry, links: RepositoryLinks | undefined): string {
  const at = registry.commit ? ` at commit ${commitHtml(registry.commit, links)}` : ' (not committed)'
  const asked = registry.at !== undefined ? ` (as of ${escapeHtml(JSON.stringify(registry.at))})` : ''
  const repository = links
    ? ` in ${`<a href="${escapeHtml(links.web)}">${escapeHtml(links.web.replace(/^https?:\/\//, ''))}</a>`}`
    : ''
  return `<code>${escapeHtml(registry.manifestName)}</code>${at}${asked}${repository}`
}

export function footerHtml(registry: Registry): string {
  const broken = registry.brokenRevisions.length
  return (
    '<p>Built by model-stages from the stage manifest and its git history. ' +
    'Every page reads without JavaScript.</p>' +
    (broken > 0
      ? `<p class="warn">${broken} revision${broken === 1 ? '' : 's'} of the manifest break its rules: their moves are not counted.</p>`
      : '')
  )
}

/** index.html: every model, the version in each stage, its last move and how many versions it has. */
export function indexPage(registry: Registry, links: RepositoryLinks | undefined): string {
  const models = Object.entries(registry.data.models)
  const live = lastStage(registry.pipeline).name
  const stageHeads = registry.pipeline.stages
    .map(
      stage =>
        `<th scope="col">${escapeHtml(stage.name)}${stage.name === live ? ' <span class="note">(live)</span>' : ''}</th>`
    )
    .join('')
  const rows = models.map(([model, entry]) => row(registry, model, entry, links)).join('\n')
  const unplaced = registry.unplacedOverrides.map(
    override =>
      `<li>${escapeHtml(override.reason)} <span class="note">${pointHtml({ commit: override.commit, date: override.date, author: override.author, pullRequest: null }, links)}</span></li>`
  )
  const main =
    `<p>${models.length} model${models.length === 1 ? '' : 's'}; stages ${escapeHtml(pipelineText(registry.pipeline))}, then ${ARCHIVED}.</p>\n` +
    '<div class="scroll"><table id="models"><caption>Models, the version in each stage, and the last move</caption>' +
    `<thead><tr><th scope="col">Model</th>${stageHeads}<th scope="col">${ARCHIVED}</th>` +
    '<th scope="col">Last move</th><th scope="col">Versions</th></tr></thead>\n' +
    `<tbody>\n${rows}\n</tbody></table></div>` +
    (unplaced.length > 0 ? `\n<h2>Overrides not tied to a move</h2><ul>${unplaced.join('')}</ul>` : '')
  return page({
    title: 'Model registry',
    root: '',
    header: `<h1>Model registry</h1><p>${sourceLine(registry, links)}</p>`,
    main,
    footer: footerHtml(registry),
    scripts: ['filter.js']
  })
}
