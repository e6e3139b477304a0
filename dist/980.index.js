export const id = 980;
export const ids = [980];
export const modules = {

/***/ 6980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSite: () => (/* binding */ runSite)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/commands/history.ts
var commands_history = __webpack_require__(2638);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/commands/manifest-at.ts

const DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:]+(Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * The manifest as it was at a commit (any revision git knows) or a date (`2026-03-01`: as of the end of that day;
 * a time may follow), for "what was in production then?".
 */
async function manifestAt(workspace, at) {
    const git = workspace.git;
    if (!git)
        throw new errors/* InputError */.dz(`--at needs a git repository: ${workspace.root} is not one`);
    const isDate = DATE.test(at);
    const when = isDate && at.length === 10 ? `${at} 23:59:59` : at;
    let commit = isDate ? await git.lastCommitBefore(when) : await git.resolve(at);
    if (!commit && !isDate) {
        // Not a revision: a date as git reads them ("yesterday", "3 days ago", "last friday").
        if (!(await git.understandsDate(at)))
            throw new errors/* InputError */.dz(`--at ${JSON.stringify(at)} is neither a revision nor a date git understands (2026-03-01, yesterday, "3 days ago")`);
        commit = await git.lastCommitBefore(at);
    }
    if (!commit)
        throw new errors/* InputError */.dz(`no commit at or before ${at}`);
    const text = await git.show(commit, workspace.manifestName);
    if (text === undefined)
        throw new errors/* InputError */.dz(`${workspace.manifestName} did not exist at ${commit.slice(0, 7)}`);
    return { text, commit, name: `${workspace.manifestName}@${commit.slice(0, 7)}` };
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
;// CONCATENATED MODULE: ./src/site/gather.ts







function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const name = key(item);
        const group = groups.get(name);
        if (group)
            group.push(item);
        else
            groups.set(name, [item]);
    }
    return groups;
}
/**
 * The overrides recorded up to `revision`, each given to the models its commit moved: the models its own
 * `Model-Stage` trailers name, else those whose moves the history places at that commit.
 */
async function readOverrides(workspace, revision, entries) {
    const byModel = new Map();
    const unplaced = [];
    const git = workspace.git;
    if (!git)
        return { byModel, unplaced };
    const records = await git.trailerRecords(revision, [admission/* OVERRIDE_TRAILER */.h0, describe/* MOVE_TRAILER */.Ub]);
    if (records.length === 0)
        return { byModel, unplaced };
    const movedAt = groupBy(entries.filter(entry => entry.commit !== null), entry => entry.commit ?? '');
    for (const record of records) {
        const [reasons = [], moves = []] = record.values;
        const named = moves.map(move => /^([^@\s]+)@/.exec(move)?.[1]).filter(model => model !== undefined);
        const models = new Set(named.length > 0 ? named : (movedAt.get(record.commit) ?? []).map(entry => entry.model));
        for (const reason of reasons) {
            const override = { commit: record.commit, author: record.author, date: record.date, reason, moves };
            if (models.size === 0)
                unplaced.push(override);
            for (const model of models) {
                const list = byModel.get(model);
                if (list)
                    list.push(override);
                else
                    byModel.set(model, [override]);
            }
        }
    }
    return { byModel, unplaced };
}
/**
 * The registry as of `at` (a revision or a date, as `show --at` reads it), else the work tree's manifest with the
 * history up to HEAD. Outside git, the manifest alone, with no history.
 */
async function gatherRegistry(workspace, at) {
    const past = at === undefined ? undefined : await manifestAt(workspace, at);
    const text = past?.text ?? (await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace));
    const data = await (0,read/* readManifest */.WI)(text, past?.name ?? workspace.manifestName);
    const commit = past?.commit ?? (workspace.git ? ((await workspace.git.resolve('HEAD')) ?? null) : null);
    const { entries, brokenRevisions } = commit === null ? { entries: [], brokenRevisions: [] } : await (0,commands_history/* readHistory */.L)(workspace, undefined, commit);
    const overrides = commit === null
        ? { byModel: new Map(), unplaced: [] }
        : await readOverrides(workspace, commit, entries);
    return {
        manifestName: workspace.manifestName,
        commit,
        ...(at === undefined ? {} : { at }),
        data,
        pipeline: (0,pipeline/* pipelineOf */.gQ)(data),
        history: groupBy(entries, entry => entry.model),
        overrides: overrides.byModel,
        unplacedOverrides: overrides.unplaced,
        brokenRevisions
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/echarts/lib/extension.js
var extension = __webpack_require__(1798);
// EXTERNAL MODULE: ./node_modules/echarts/lib/core/echarts.js + 17 modules
var echarts = __webpack_require__(323);
// EXTERNAL MODULE: ./node_modules/echarts/lib/chart/custom/install.js + 12 modules
var install = __webpack_require__(3980);
// EXTERNAL MODULE: ./node_modules/echarts/lib/chart/line/install.js + 6 modules
var line_install = __webpack_require__(8444);
// EXTERNAL MODULE: ./node_modules/echarts/lib/chart/scatter/install.js + 3 modules
var scatter_install = __webpack_require__(23);
// EXTERNAL MODULE: ./node_modules/echarts/lib/component/grid/install.js + 9 modules
var grid_install = __webpack_require__(7737);
// EXTERNAL MODULE: ./node_modules/echarts/lib/component/marker/installMarkLine.js + 9 modules
var installMarkLine = __webpack_require__(3472);
// EXTERNAL MODULE: ./node_modules/echarts/lib/renderer/installSVGRenderer.js + 10 modules
var installSVGRenderer = __webpack_require__(9833);
;// CONCATENATED MODULE: ./src/site/escape.ts
/*
 * Everything a page shows from the manifest or the history passes through here: text is escaped for HTML (element
 * content and quoted attributes alike), and only http(s) and relative addresses ever become links.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
/** Text made safe for element content and for a double- or single-quoted attribute. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, character => ENTITIES[character] ?? character);
}
/**
 * The address when a link to it cannot run anything: an absolute http(s) URL, or a relative path (no scheme, not
 * `//host`). Browsers drop whitespace and control characters inside a scheme (`java\tscript:`), so an address with
 * any is refused whole.
 */
function safeHref(address) {
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (address === '' || /[\s\x00-\x1f\x7f\\]/.test(address))
        return undefined;
    if (/^https?:\/\/[^/?#]/i.test(address))
        return address;
    if (address.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(address))
        return undefined;
    return address;
}
/** A link when `address` is safe, else the text alone. */
function escape_link(text, address, attributes = '') {
    const href = address === undefined ? undefined : safeHref(address);
    const body = escapeHtml(text);
    return href === undefined ? body : `<a href="${escapeHtml(href)}"${attributes}>${body}</a>`;
}

;// CONCATENATED MODULE: ./src/site/charts.ts





/*
 * Charts are drawn by Apache ECharts' server-side SVG renderer at build time: a page carries the SVG itself and
 * needs no script to show it. ECharts' SSR writes no accessible name (its aria labels need a DOM), so each SVG gets
 * a role, a label and a title here; and its inline styles become presentation attributes, so that the pages'
 * Content-Security-Policy (no inline style) holds.
 */
extension/* use */.Y([install/* install */.a, line_install/* install */.a, scatter_install/* install */.a, grid_install/* install */.a, installMarkLine/* install */.a, installSVGRenderer/* install */.a]);
/** At most this many points in one chart: the newest, and the count of the rest said below it. */
const MAX_CHART_POINTS = 40;
const WIDTH = 720;
const FONT = 'system-ui, sans-serif';
const TEXT = '#1f2328';
const PALETTE = ['#2f6fdf', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#0b7285', '#e67700', '#5c940d'];
/** Time axis labels by level: a day names its month, so that a short history still reads as dates. */
const TIME_LABELS = {
    year: '{yyyy}',
    month: '{MMM} {yyyy}',
    day: '{MMM} {d}',
    hour: '{MMM} {d} {HH}:{mm}',
    minute: '{HH}:{mm}',
    second: '{HH}:{mm}:{ss}',
    millisecond: '{HH}:{mm}:{ss}'
};
let chartCount = 0;
/** ECharts' SVG, made to stand inside a page: labelled, CSP-clean, with ids of its own. */
function finish(svg, label) {
    const id = `chart${++chartCount}`;
    return (svg
        // Hover rules only: the chart is static.
        .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
        .replace(/ class="zr\d+-cls-\d+"/g, '')
        .replace(/ style="([^"]*)"/g, (_, declarations) => declarations
        .split(';')
        .map(declaration => declaration.split(':'))
        .filter(([name, value]) => name?.trim() && value?.trim())
        .map(([name, value]) => ` ${name?.trim()}="${escapeHtml(value?.trim() ?? '')}"`)
        .join(''))
        .replace(/\bzr\d+-/g, `${id}-`)
        .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" focusable="false" class="chart" `)
        .replace(/(<svg[^>]*>)/, `$1<title>${escapeHtml(label)}</title>`));
}
/** One chart per height, drawn again for each chart of that size: setting up a chart costs more than drawing one. */
const charts = new Map();
function render(option, height, label) {
    let chart = charts.get(height);
    if (!chart) {
        chart = echarts/* init */.Ts(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
        charts.set(height, chart);
    }
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: TEXT }, ...option }, { notMerge: true });
    return finish(chart.renderToSVGString(), label);
}
/** Disposes of the charts kept for drawing: a chart left open keeps the process alive (its animation loop). */
function closeCharts() {
    for (const chart of charts.values())
        chart.dispose();
    charts.clear();
}
/** The newest `MAX_CHART_POINTS` of a list kept oldest first. */
function newest(items) {
    const older = Math.max(0, items.length - MAX_CHART_POINTS);
    return { items: items.slice(older), older };
}
function time(date, fallback) {
    const value = date === null ? NaN : Date.parse(date);
    return Number.isNaN(value) ? fallback : value;
}
/**
 * Which version held each exclusive stage over time: one row per stage, one bar per holding, labelled with its
 * version where it fits. A holding still open runs to `now` (the newest move of the registry).
 */
function timelineChart(model, holdings, stages, now) {
    const { items, older } = newest(holdings);
    const versions = [...new Set(items.map(holding => holding.version))];
    const start = Math.min(...items.map(holding => time(holding.since.date, now)));
    const span = Math.max(now - start, 60_000);
    const data = items.map(holding => {
        const from = time(holding.since.date, now);
        const to = holding.until === null ? now + span * 0.03 : time(holding.until.date, now);
        return {
            value: [stages.indexOf(holding.stage), from, Math.max(to, from), holding.version],
            itemStyle: { color: PALETTE[versions.indexOf(holding.version) % PALETTE.length] }
        };
    });
    const series = {
        type: 'custom',
        silent: true,
        encode: { x: [1, 2], y: 0 },
        data,
        renderItem: (params, api) => {
            const row = api.value(0);
            const [x0 = 0, y = 0] = api.coord([api.value(1), row]);
            const [x1 = 0] = api.coord([api.value(2), row]);
            const size = api.size?.([0, 1]);
            const height = Math.min(28, (size?.[1] ?? 40) * 0.6);
            const width = Math.max(3, x1 - x0);
            const version = String(api.value(3));
            return {
                type: 'rect',
                shape: { x: x0, y: y - height / 2, width, height },
                style: { fill: api.visual('color') },
                ...(width >= version.length * 7 + 8
                    ? {
                        textContent: {
                            type: 'text',
                            style: { text: version, fill: '#fff', fontFamily: FONT, fontSize: 12 }
                        },
                        textConfig: { position: 'inside' }
                    }
                    : {})
            };
        }
    };
    const shown = items.length;
    const latest = items.filter(holding => holding.until === null).map(h => `${h.version} in ${h.stage}`);
    const label = `Stage timeline of ${model}: ${shown} holding${shown === 1 ? '' : 's'} of ${stages.join(', ')}` +
        (latest.length > 0 ? `; now ${latest.join(', ')}` : '') +
        (older > 0 ? `; ${older} older not shown` : '');
    const option = {
        useUTC: true,
        grid: { left: 96, right: 24, top: 12, bottom: 36 },
        xAxis: {
            type: 'time',
            min: start - span * 0.02,
            max: now + span * 0.03,
            axisLabel: { hideOverlap: true, formatter: TIME_LABELS }
        },
        yAxis: { type: 'category', data: [...stages], inverse: true, axisTick: { show: false } },
        series: [series]
    };
    return { svg: render(option, 40 + stages.length * 44, label), shown, older };
}
function rounded(value) {
    return Number(value.toPrecision(6));
}
/** Bounds and a step that read well (0.80, 0.85, 0.90), with room around the values. */
function niceAxis(low, high) {
    const raw = (high - low || Math.abs(high) || 1) / 4;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 2.5, 5, 10].map(factor => factor * magnitude).find(size => size >= raw) ?? raw;
    const min = Math.floor((low - raw * 0.25) / step) * step;
    const max = Math.ceil((high + raw * 0.25) / step) * step;
    return { min: rounded(min), max: rounded(max), interval: rounded(step) };
}
/**
 * One metric across versions (the order written, newest last), the gate's bounds drawn across it and the champion
 * (the version in the last stage) marked.
 */
function trendChart(model, metric, points, bounds, champion) {
    const { items, older } = newest(points);
    const values = [...items.map(point => point.value), ...bounds.map(bound => bound.value)];
    const axis = niceAxis(Math.min(...values), Math.max(...values));
    const crowned = items.find(point => point.version === champion?.version);
    const line = {
        type: 'line',
        name: metric,
        silent: true,
        symbol: 'circle',
        symbolSize: 7,
        data: items.map(point => point.value),
        lineStyle: { color: PALETTE[0], width: 2 },
        itemStyle: { color: PALETTE[0] },
        markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#c92a2a', type: 'dashed', width: 1.5 },
            label: { position: 'insideEndTop', color: '#c92a2a', fontFamily: FONT },
            // Labels at alternate ends, so that two bounds close together stay readable.
            data: bounds.map((bound, index) => ({
                yAxis: bound.value,
                label: { formatter: bound.label, position: index % 2 === 0 ? 'insideEndTop' : 'insideStartTop' }
            }))
        }
    };
    const series = [line];
    if (crowned && champion)
        series.push({
            type: 'scatter',
            name: champion.stage,
            silent: true,
            symbol: 'diamond',
            symbolSize: 16,
            itemStyle: { color: '#e67700', borderColor: '#fff', borderWidth: 1 },
            label: {
                show: true,
                position: 'top',
                formatter: champion.stage,
                color: TEXT,
                fontFamily: FONT,
                fontWeight: 'bold'
            },
            data: [[crowned.version, crowned.value]]
        });
    const first = items[0];
    const last = items[items.length - 1];
    const label = `${metric} of ${model} across ${items.length} version${items.length === 1 ? '' : 's'}` +
        (first && last
            ? `, from ${rounded(first.value)} (${first.version}) to ${rounded(last.value)} (${last.version})`
            : '') +
        (crowned && champion ? `; ${champion.stage} ${crowned.version}: ${rounded(crowned.value)}` : '') +
        (bounds.length > 0 ? `; gate: ${bounds.map(bound => bound.label).join(', ')}` : '') +
        (older > 0 ? `; ${older} older not shown` : '');
    const option = {
        grid: { left: 64, right: 24, top: 28, bottom: 36 },
        xAxis: {
            type: 'category',
            data: items.map(point => point.version),
            axisLabel: { hideOverlap: true }
        },
        yAxis: { type: 'value', ...axis },
        series
    };
    return { svg: render(option, 240, label), shown: items.length, older };
}

// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
;// CONCATENATED MODULE: ./src/site/format.ts



/** The fragments several pages share: dates, commits, pull requests, stages, moves. */
/** `2026-03-01 14:02` as the commit records it, in a <time> element. */
function dateHtml(date) {
    if (!date)
        return '<span class="muted">not committed</span>';
    return `<time datetime="${escapeHtml(date)}">${escapeHtml(date.slice(0, 16).replace('T', ' '))}</time>`;
}
/** The short commit, linked to the repository when it is known. */
function commitHtml(commit, links) {
    if (!commit)
        return '';
    return escape_link(commit.slice(0, 7), links?.commit(commit), ' class="mono"');
}
function pullRequestHtml(number, links) {
    if (number === null)
        return '';
    return escape_link(`#${number}`, links?.pullRequest(number));
}
/** When, by whom, where: `2026-03-01 14:02 · Ada · abc1234 · #12`. */
function pointHtml(point, links) {
    return [
        dateHtml(point.date),
        point.author ? escapeHtml(point.author) : '',
        commitHtml(point.commit, links),
        pullRequestHtml(point.pullRequest, links)
    ]
        .filter(Boolean)
        .join(' · ');
}
function stageHtml(stage, live) {
    const kind = stage === live ? ' live' : stage === names/* ARCHIVED */.Ts ? ' archived' : '';
    return `<span class="stage${kind}">${escapeHtml(stage)}</span>`;
}
/** `1.5.0 staging → production`, then where it happened. */
function moveHtml(entry, links) {
    return (`<span class="mono">${escapeHtml(entry.version)}</span> ${escapeHtml((0,rules/* stageMove */.Su)(entry.from, entry.to))}<br>` +
        `<span class="note">${pointHtml(entry, links)}</span>`);
}
/** `1 older not shown`, or nothing. */
function olderNote(older, what) {
    return older > 0 ? `<p class="note">${older} older ${escapeHtml(what)} not shown.</p>` : '';
}

;// CONCATENATED MODULE: ./src/site/layout.ts

/** No inline script or style, nothing fetched from elsewhere: a page shows what it carries and the site's files. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; base-uri 'none'; form-action 'none'";
/** The shell every page shares: its policy, stylesheet, landmarks and optional scripts. */
function page(parts) {
    const scripts = (parts.scripts ?? [])
        .map(file => `<script src="${escapeHtml(parts.root + file)}" defer></script>`)
        .join('');
    return ('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
        '<meta name="referrer" content="no-referrer">\n' +
        '<link rel="icon" href="data:,">\n' +
        `<title>${escapeHtml(parts.title)}</title>\n` +
        `<link rel="stylesheet" href="${escapeHtml(parts.root)}site.css">\n${scripts}\n</head>\n<body>\n` +
        `<header>${parts.header}</header>\n<main>\n${parts.main}\n</main>\n<footer>${parts.footer}</footer>\n` +
        '</body>\n</html>\n');
}

;// CONCATENATED MODULE: ./src/site/index-page.ts





/** Where a model's page is, from the site's root: model names are safe file names by the manifest's rule. */
function modelPagePath(model) {
    return `models/${model}.html`;
}
/** The versions of a model in a stage, in the order written (the newest last). */
function inStage(entry, stage) {
    const versions = [];
    for (const [version, details] of entry.versions)
        if (details.stage === stage)
            versions.push(version);
    return versions;
}
/** The newest version in the stage, and how many others are there with it. */
function stageCell(versions) {
    const newest = versions[versions.length - 1];
    if (newest === undefined)
        return '<td class="muted">—</td>';
    const others = versions.length - 1;
    return `<td><span class="mono">${escapeHtml(newest)}</span>${others > 0 ? ` <span class="note">+${others}</span>` : ''}</td>`;
}
function row(registry, model, entry, links) {
    const stages = registry.pipeline.stages.map(stage => stageCell(inStage(entry, stage.name))).join('');
    const archived = inStage(entry, names/* ARCHIVED */.Ts).length;
    const last = registry.history.get(model)?.at(-1);
    return (`<tr data-name="${escapeHtml(model)}"><th scope="row"><a href="${escapeHtml(modelPagePath(model))}">` +
        `${escapeHtml(model)}</a></th>${stages}<td class="num">${archived}</td>` +
        `<td>${last ? moveHtml(last, links) : '<span class="muted">no move recorded</span>'}</td>` +
        `<td class="num">${entry.versions.size}</td></tr>`);
}
/** Where the registry was read: the manifest, the commit (linked), and what --at asked for. */
function sourceLine(registry, links) {
    const at = registry.commit ? ` at commit ${commitHtml(registry.commit, links)}` : ' (not committed)';
    const asked = registry.at !== undefined ? ` (as of ${escapeHtml(JSON.stringify(registry.at))})` : '';
    const repository = links
        ? ` in ${`<a href="${escapeHtml(links.web)}">${escapeHtml(links.web.replace(/^https?:\/\//, ''))}</a>`}`
        : '';
    return `<code>${escapeHtml(registry.manifestName)}</code>${at}${asked}${repository}`;
}
function footerHtml(registry) {
    const broken = registry.brokenRevisions.length;
    return ('<p>Built by model-stages from the stage manifest and its git history. ' +
        'Every page reads without JavaScript.</p>' +
        (broken > 0
            ? `<p class="warn">${broken} revision${broken === 1 ? '' : 's'} of the manifest break its rules: their moves are not counted.</p>`
            : ''));
}
/** index.html: every model, the version in each stage, its last move and how many versions it has. */
function indexPage(registry, links) {
    const models = Object.entries(registry.data.models);
    const live = (0,pipeline/* lastStage */.TX)(registry.pipeline).name;
    const stageHeads = registry.pipeline.stages
        .map(stage => `<th scope="col">${escapeHtml(stage.name)}${stage.name === live ? ' <span class="note">(live)</span>' : ''}</th>`)
        .join('');
    const rows = models.map(([model, entry]) => row(registry, model, entry, links)).join('\n');
    const unplaced = registry.unplacedOverrides.map(override => `<li>${escapeHtml(override.reason)} <span class="note">${pointHtml({ commit: override.commit, date: override.date, author: override.author, pullRequest: null }, links)}</span></li>`);
    const main = `<p>${models.length} model${models.length === 1 ? '' : 's'}; stages ${escapeHtml((0,pipeline/* pipelineText */.Wc)(registry.pipeline))}, then ${names/* ARCHIVED */.Ts}.</p>\n` +
        '<div class="scroll"><table id="models"><caption>Models, the version in each stage, and the last move</caption>' +
        `<thead><tr><th scope="col">Model</th>${stageHeads}<th scope="col">${names/* ARCHIVED */.Ts}</th>` +
        '<th scope="col">Last move</th><th scope="col">Versions</th></tr></thead>\n' +
        `<tbody>\n${rows}\n</tbody></table></div>` +
        (unplaced.length > 0 ? `\n<h2>Overrides not tied to a move</h2><ul>${unplaced.join('')}</ul>` : '');
    return page({
        title: 'Model registry',
        root: '',
        header: `<h1>Model registry</h1><p>${sourceLine(registry, links)}</p>`,
        main,
        footer: footerHtml(registry),
        scripts: ['filter.js']
    });
}

// EXTERNAL MODULE: ./src/stages/gates.ts
var stages_gates = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/stages/timeline.ts
var timeline = __webpack_require__(7492);
;// CONCATENATED MODULE: ./src/site/model-page.ts










/** A model page lists at most this many versions (the newest) and this many moves; the CLI has the rest. */
const MAX_VERSION_ROWS = 100;
const MAX_MOVE_ROWS = 50;
/** Every gated metric of the model, with the rule each stage that gates it sets, in the pipeline's order. */
function gatedMetrics(registry, model) {
    const metrics = new Map();
    for (const stage of registry.pipeline.stages)
        for (const gates of (0,stages_gates/* gatesFor */.wQ)(registry.data, model, stage.name))
            for (const [metric, gate] of Object.entries(gates)) {
                const rules = metrics.get(metric) ?? [];
                rules.push({ stage: stage.name, gate });
                metrics.set(metric, rules);
            }
    return metrics;
}
function model_page_rounded(value) {
    return Number(value.toPrecision(6));
}
/** A change rule's threshold against the champion's value, as the gate judges it. */
function changeThreshold(gate, kind, base) {
    const amount = gate[kind];
    const value = typeof amount === 'number' ? amount : (Math.abs(base) * Number(amount.slice(0, -1))) / 100;
    const sign = kind === 'max_regression' ? -1 : 1;
    return (gate.better ?? 'higher') === 'higher' ? base + sign * value : base - sign * value;
}
function boundsOf(rules, live, championValue) {
    const bounds = [];
    for (const { stage, gate } of rules) {
        const where = stage === live ? '' : `${stage}: `;
        if (gate.min !== undefined)
            bounds.push({ value: gate.min, label: `${where}min ${gate.min}` });
        if (gate.max !== undefined)
            bounds.push({ value: gate.max, label: `${where}max ${gate.max}` });
        for (const kind of ['max_regression', 'min_improvement'])
            if (gate[kind] !== undefined && championValue !== undefined)
                bounds.push({
                    value: changeThreshold(gate, kind, championValue),
                    label: `${where}${kind} ${gate[kind]}: ${model_page_rounded(changeThreshold(gate, kind, championValue))}`
                });
    }
    return bounds;
}
function ruleText(gate) {
    const parts = [`${gate.better ?? 'higher'} is better`];
    for (const key of ['min', 'max', 'max_regression', 'min_improvement', 'combine', 'weight'])
        if (gate[key] !== undefined)
            parts.push(`${key} ${gate[key]}`);
    return parts.join(', ');
}
function figure(chart, caption) {
    return `<figure>${chart.svg}<figcaption>${caption}</figcaption>${olderNote(chart.older, chart.older === 1 ? 'point' : 'points')}</figure>`;
}
function timelineSection(registry, model, entries, now, links) {
    const exclusive = registry.pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name);
    const holdings = (0,timeline/* stageHoldings */.P)(entries, model, exclusive);
    if (holdings.length === 0)
        return '<h2 id="timeline">Stage timeline</h2><p class="muted">No version has held an exclusive stage in the history yet.</p>';
    const chart = timelineChart(model, holdings, exclusive, now);
    const rows = holdings
        .slice(-chart.shown)
        .reverse()
        .map(holding => `<tr><td>${escapeHtml(holding.stage)}</td><td class="mono">${escapeHtml(holding.version)}</td>` +
        `<td>${pointHtml(holding.since, links)}</td><td>${holding.until ? pointHtml(holding.until, links) : '<span class="stage live">holds it</span>'}</td></tr>`)
        .join('');
    return ('<h2 id="timeline">Stage timeline</h2>' +
        figure(chart, `Which version held ${exclusive.map(escapeHtml).join(' and ')} over time.`) +
        '<details><summary>The holdings as a table</summary><div class="scroll"><table><thead><tr><th scope="col">Stage</th>' +
        `<th scope="col">Version</th><th scope="col">From</th><th scope="col">Until</th></tr></thead><tbody>${rows}</tbody></table></div></details>`);
}
function trendsSection(registry, model, entry) {
    const live = (0,pipeline/* lastStage */.TX)(registry.pipeline).name;
    const gated = gatedMetrics(registry, model);
    const champion = (0,queries/* productionVersion */.ix)(registry.data, model);
    const championMetrics = champion === undefined ? undefined : entry.versions.get(champion)?.metrics;
    const figures = [];
    for (const [metric, rules] of gated) {
        const points = [];
        for (const [version, details] of entry.versions) {
            const value = details.metrics?.[metric];
            if (value !== undefined && Object.hasOwn(details.metrics ?? {}, metric))
                points.push({ version, value });
        }
        if (points.length === 0)
            continue;
        const championValue = championMetrics && Object.hasOwn(championMetrics, metric) ? championMetrics[metric] : undefined;
        const bounds = boundsOf(rules, live, championValue);
        const chart = trendChart(model, metric, points, bounds, champion === undefined ? undefined : { version: champion, stage: live });
        const gate = `gated: ${rules.map(rule => `${rule.stage === live ? '' : `${escapeHtml(rule.stage)}: `}${escapeHtml(ruleText(rule.gate))}`).join('; ')}`;
        figures.push(`<h3>${escapeHtml(metric)}</h3>` +
            figure(chart, `${escapeHtml(metric)} of each version, in the order registered (${gate}).${champion !== undefined ? ` The diamond marks ${escapeHtml(live)}.` : ''}`));
    }
    if (figures.length === 0)
        return ('<h2 id="trends">Metric trends</h2><p class="muted">' +
            (gated.size === 0
                ? 'No metric gate applies to this model: its metrics are in the versions table.'
                : 'No version records a gated metric.') +
            '</p>');
    return `<h2 id="trends">Metric trends</h2>${figures.join('')}`;
}
function pipelineSection(registry, model, entry) {
    const validate = entry.validate ?? registry.data.defaults?.validate;
    const stages = registry.pipeline.stages
        .map(stage => {
        const facts = [
            stage.exclusive ? 'exclusive' : '',
            stage.soak ? `soak ${escapeHtml(stage.soak)}` : '',
            stage.environment ? `environment ${escapeHtml(stage.environment)}` : '',
            stage.validate ? `validates with <code>${escapeHtml(stage.validate)}</code>` : ''
        ].filter(Boolean);
        return `<li><strong>${escapeHtml(stage.name)}</strong>${facts.length > 0 ? ` — ${facts.join(', ')}` : ''}</li>`;
    })
        .join('');
    const gateRows = [];
    for (const stage of registry.pipeline.stages)
        for (const gates of (0,stages_gates/* gatesFor */.wQ)(registry.data, model, stage.name))
            for (const [metric, gate] of Object.entries(gates))
                gateRows.push(`<tr><td>${escapeHtml(stage.name)}</td><td>${escapeHtml(metric)}</td><td>${escapeHtml(ruleText(gate))}</td></tr>`);
    const gates = gateRows.length > 0
        ? `<div class="scroll"><table><caption>Metric gates (baseline: ${escapeHtml((0,stages_gates/* baselineModeFor */.wD)(registry.data, model))})</caption><thead><tr><th scope="col">To enter</th><th scope="col">Metric</th><th scope="col">Rule</th></tr></thead><tbody>${gateRows.join('')}</tbody></table></div>`
        : '<p class="muted">No metric gates apply.</p>';
    return ('<h2 id="gates">Gates and pipeline</h2>' +
        `<ol>${stages}</ol>` +
        `<p>Validation: ${validate ? `<code>${escapeHtml(validate)}</code>` : '<span class="muted">none declared</span>'}</p>` +
        gates);
}
function metricsHtml(details) {
    const metrics = Object.entries(details.metrics ?? {});
    if (metrics.length === 0)
        return '';
    return metrics.map(([name, value]) => `${escapeHtml(name)}&nbsp;${escapeHtml(String(value))}`).join('<br>');
}
function metadataText(value) {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
function notesHtml(details) {
    const parts = [];
    if (details.description)
        parts.push(escapeHtml(details.description));
    for (const [key, value] of Object.entries(details.metadata ?? {})) {
        const text = metadataText(value);
        const shown = /^https?:\/\//i.test(text) ? escape_link(text, text) : escapeHtml(text);
        parts.push(`<span class="muted">${escapeHtml(key)}:</span> ${shown}`);
    }
    return parts.join('<br>');
}
function artifactHtml(details) {
    const parts = [];
    if (details.uri)
        parts.push(/^https?:\/\//i.test(details.uri)
            ? escape_link(details.uri, details.uri)
            : `<span class="mono">${escapeHtml(details.uri)}</span>`);
    if (details.digest)
        parts.push(`<span class="mono" title="${escapeHtml(details.digest)}">${escapeHtml(details.digest.slice(0, 19))}…</span>`);
    return parts.join('<br>');
}
function versionsSection(registry, entry, entries, links) {
    const live = (0,pipeline/* lastStage */.TX)(registry.pipeline).name;
    const moves = new Map();
    for (const move of entries) {
        const list = moves.get(move.version) ?? [];
        list.push(move);
        moves.set(move.version, list);
    }
    const all = [...entry.versions];
    const shown = all.slice(-MAX_VERSION_ROWS).reverse();
    const rows = shown
        .map(([version, details]) => {
        const history = (moves.get(version) ?? [])
            .map(move => `<li>${move.from === null ? 'registered in' : '→'} ${escapeHtml(move.to ?? 'removed')} <span class="note">${pointHtml(move, links)}</span></li>`)
            .join('');
        return (`<tr><th scope="row" class="mono">${escapeHtml(version)}</th><td>${stageHtml(details.stage, live)}</td>` +
            `<td>${artifactHtml(details)}</td><td>${metricsHtml(details)}</td><td>${notesHtml(details)}</td>` +
            `<td>${history ? `<ul class="moves">${history}</ul>` : '<span class="muted">none recorded</span>'}</td></tr>`);
    })
        .join('\n');
    return ('<h2 id="versions">Versions</h2><div class="scroll"><table><caption>Newest first</caption><thead><tr>' +
        '<th scope="col">Version</th><th scope="col">Stage</th><th scope="col">Artifact</th><th scope="col">Metrics</th>' +
        `<th scope="col">Notes</th><th scope="col">Registered, and each stage entered</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>` +
        (all.length > shown.length
            ? `<p class="note">${all.length - shown.length} older versions not shown here: <code>model-stages show MODEL</code> lists every one.</p>`
            : ''));
}
function overridesSection(overrides, links) {
    if (overrides.length === 0)
        return '<h2 id="overrides">Overrides</h2><p class="muted">No move of this model was forced past its guards.</p>';
    const rows = [...overrides]
        .reverse()
        .map(override => `<tr><td>${dateHtml(override.date)}</td><td>${escapeHtml(override.author)}</td><td>${commitHtml(override.commit, links)}</td>` +
        `<td>${escapeHtml(override.reason)}</td><td>${override.moves.map(move => `<span class="mono">${escapeHtml(move)}</span>`).join('<br>')}</td></tr>`)
        .join('');
    return ('<h2 id="overrides">Overrides</h2><div class="scroll"><table><caption>Moves forced past a soak or a metric gate, with the reason recorded (<code>Model-Stage-Override</code>)</caption>' +
        '<thead><tr><th scope="col">Date</th><th scope="col">By</th><th scope="col">Commit</th><th scope="col">Reason</th><th scope="col">Moves</th></tr></thead>' +
        `<tbody>${rows}</tbody></table></div>`);
}
function movesSection(entries, links) {
    if (entries.length === 0)
        return '';
    const shown = entries.slice(-MAX_MOVE_ROWS).reverse();
    const rows = shown
        .map(move => `<tr><td>${dateHtml(move.date)}</td><td class="mono">${escapeHtml(move.version)}</td><td>${escapeHtml((0,rules/* stageMove */.Su)(move.from, move.to))}</td>` +
        `<td>${escapeHtml(move.author ?? '')}</td><td>${commitHtml(move.commit, links)}</td><td>${move.pullRequest === null ? '' : escape_link(`#${move.pullRequest}`, links?.pullRequest(move.pullRequest))}</td></tr>`)
        .join('');
    return ('<h2 id="moves">Moves</h2><div class="scroll"><table><caption>Newest first</caption><thead><tr><th scope="col">Date</th><th scope="col">Version</th>' +
        `<th scope="col">Move</th><th scope="col">By</th><th scope="col">Commit</th><th scope="col">Pull request</th></tr></thead><tbody>${rows}</tbody></table></div>` +
        olderNote(entries.length - shown.length, 'moves'));
}
function standing(registry, entry) {
    const live = (0,pipeline/* lastStage */.TX)(registry.pipeline).name;
    return registry.pipeline.stages
        .map(stage => {
        const versions = [...entry.versions]
            .filter(([, details]) => details.stage === stage.name)
            .map(([version]) => version);
        const text = versions.length === 0
            ? '<span class="muted">—</span>'
            : versions
                .slice(-5)
                .map(version => `<span class="mono">${escapeHtml(version)}</span>`)
                .join(', ') +
                (versions.length > 5 ? ` <span class="note">and ${versions.length - 5} more</span>` : '');
        return `<dt>${stageHtml(stage.name, live)}</dt><dd>${text}</dd>`;
    })
        .join('');
}
/** models/NAME.html: a model's standing, stage timeline, metric trends, gates, versions, overrides and moves. */
function modelPage(registry, model, entry, now, links) {
    const entries = registry.history.get(model) ?? [];
    const main = [
        `<dl class="facts">${standing(registry, entry)}</dl>`,
        '<p class="note"><a href="#timeline">Timeline</a> · <a href="#trends">Metric trends</a> · <a href="#gates">Gates and pipeline</a> · ' +
            '<a href="#versions">Versions</a> · <a href="#overrides">Overrides</a>' +
            (entries.length > 0 ? ' · <a href="#moves">Moves</a>' : '') +
            '</p>',
        timelineSection(registry, model, entries, now, links),
        trendsSection(registry, model, entry),
        pipelineSection(registry, model, entry),
        versionsSection(registry, entry, entries, links),
        overridesSection(registry.overrides.get(model) ?? [], links),
        movesSection(entries, links)
    ].join('\n');
    return page({
        title: `${model} · Model registry`,
        root: '../',
        header: `<nav><a href="../index.html">← Model registry</a></nav><h1>${escapeHtml(model)}</h1><p>${sourceLine(registry, links)}</p>`,
        main,
        footer: footerHtml(registry)
    });
}

;// CONCATENATED MODULE: ./src/site/script.ts
/**
 * filter.js: an optional filter box for the index's table of models. The page reads the same without it (with
 * JavaScript off, there is no box to type in); it is a file of its own because the pages allow no inline script.
 */
const FILTER_SCRIPT = `'use strict'
;(function () {
  var table = document.getElementById('models')
  if (!table || !table.tBodies[0]) return
  var rows = Array.prototype.slice.call(table.tBodies[0].rows)
  var box = document.createElement('div')
  box.className = 'filter'
  var label = document.createElement('label')
  label.htmlFor = 'model-filter'
  label.textContent = 'Filter models'
  var input = document.createElement('input')
  input.type = 'search'
  input.id = 'model-filter'
  input.autocomplete = 'off'
  input.placeholder = 'name contains…'
  var count = document.createElement('span')
  count.className = 'muted'
  count.setAttribute('aria-live', 'polite')
  box.appendChild(label)
  box.appendChild(input)
  box.appendChild(count)
  table.parentNode.parentNode.insertBefore(box, table.parentNode)
  function apply() {
    var words = input.value.trim().toLowerCase()
    var shown = 0
    rows.forEach(function (row) {
      var hide = words !== '' && (row.getAttribute('data-name') || '').indexOf(words) === -1
      row.hidden = hide
      if (!hide) shown++
    })
    count.textContent = words === '' ? '' : shown + ' of ' + rows.length + ' models'
  }
  input.addEventListener('input', apply)
})()
`;

;// CONCATENATED MODULE: ./src/site/style.ts
/** site.css: one stylesheet for every page (the Content-Security-Policy allows no inline style). */
const STYLESHEET = `:root {
  color-scheme: light;
  --text: #1f2328;
  --muted: #57606a;
  --line: #d0d7de;
  --band: #f6f8fa;
  --accent: #0b5cad;
  --warn: #9a3412;
  font-family: system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: var(--text);
  background: #fff;
  line-height: 1.45;
}
body { margin: 0; }
header, main, footer { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem; }
header { border-bottom: 1px solid var(--line); padding-top: 1rem; padding-bottom: 0.75rem; }
header p { margin: 0.25rem 0 0; color: var(--muted); }
header nav a { font-weight: 600; }
h1 { margin: 0.25rem 0; font-size: 1.6rem; }
h2 { margin: 2rem 0 0.5rem; font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { margin: 1.25rem 0 0.25rem; font-size: 1rem; }
a { color: var(--accent); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
footer { color: var(--muted); font-size: 0.85rem; margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); position: sticky; top: 0; }
tbody th { font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted, .note { color: var(--muted); }
.note { font-size: 0.88rem; }
.warn { color: var(--warn); }
.stage { display: inline-block; border-radius: 0.75rem; padding: 0 0.5rem; background: var(--band); border: 1px solid var(--line); font-size: 0.85rem; white-space: nowrap; }
.stage.live { background: #dff5e3; border-color: #8ccf98; }
.stage.archived { color: var(--muted); }
.scroll { overflow-x: auto; }
figure { margin: 0.75rem 0 1.25rem; }
figcaption { color: var(--muted); font-size: 0.88rem; }
svg.chart { display: block; max-width: 100%; height: auto; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.moves { margin: 0; padding-left: 1rem; }
.filter { margin: 1rem 0 0.5rem; display: flex; gap: 0.75rem; align-items: center; }
.filter input { font: inherit; padding: 0.3rem 0.5rem; min-width: 16rem; border: 1px solid var(--muted); border-radius: 0.3rem; }
tr[hidden] { display: none; }
`;

;// CONCATENATED MODULE: ./src/site/write.ts








/** Model pages written at once, while the next is made. */
const PAGES_IN_FLIGHT = 8;
/** Written last, in every site: it says the folder is a site model-stages may build again in place. */
const SITE_MARKER = 'model-stages-site.json';
/**
 * A folder to build in: new, empty, or a site built before (its marker there), whose pages are removed first so
 * that a model no longer in the manifest leaves no page behind. Any other folder is refused: it is not ours to empty.
 */
async function prepareFolder(folder) {
    const names = await external_node_fs_.promises.readdir(folder).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    if (names !== undefined && names.length > 0) {
        if (!names.includes(SITE_MARKER))
            throw new errors/* InputError */.dz(`${folder} has files and is not a site model-stages built (it has no ${SITE_MARKER}): give a new or empty folder`);
        for (const name of ['index.html', 'site.css', 'filter.js', 'models', SITE_MARKER])
            await external_node_fs_.promises.rm(external_node_path_default().join(folder, name), { recursive: true, force: true });
    }
    await external_node_fs_.promises.mkdir(external_node_path_default().join(folder, 'models'), { recursive: true });
}
/** The newest move of the whole registry: where a holding still open ends on a timeline. */
function newestMove(registry) {
    let newest = Number.NEGATIVE_INFINITY;
    for (const entries of registry.history.values())
        for (const entry of entries) {
            const at = entry.date === null ? NaN : Date.parse(entry.date);
            if (at > newest)
                newest = at;
        }
    return Number.isFinite(newest) ? newest : Date.now();
}
/** Every page of the registry into `folder`, one model page at a time (none is kept once written). */
async function writeSite(registry, folder, links) {
    await prepareFolder(folder);
    const now = newestMove(registry);
    const index = indexPage(registry, links);
    await external_node_fs_.promises.writeFile(external_node_path_default().join(folder, 'index.html'), index);
    await external_node_fs_.promises.writeFile(external_node_path_default().join(folder, 'site.css'), STYLESHEET);
    await external_node_fs_.promises.writeFile(external_node_path_default().join(folder, 'filter.js'), FILTER_SCRIPT);
    const models = Object.entries(registry.data.models);
    // A page is written while the next one is made; at most a few are held at once.
    const writing = new Set();
    try {
        for (const [model, entry] of models) {
            const write = external_node_fs_.promises.writeFile(external_node_path_default().join(folder, modelPagePath(model)), modelPage(registry, model, entry, now, links));
            writing.add(write);
            void write.finally(() => writing.delete(write)).catch(() => undefined);
            if (writing.size >= PAGES_IN_FLIGHT)
                await Promise.race(writing);
        }
        await Promise.all(writing);
    }
    finally {
        closeCharts();
    }
    await external_node_fs_.promises.writeFile(external_node_path_default().join(folder, SITE_MARKER), JSON.stringify({
        generator: 'model-stages',
        manifest: registry.manifestName,
        commit: registry.commit,
        models: models.length
    }, null, 2) + '\n');
    return { folder, models: models.length, files: models.length + 4, indexBytes: Buffer.byteLength(index) };
}

;// CONCATENATED MODULE: ./src/commands/site.ts



/**
 * The registry as a static site in `request.out` (read from `base`): the manifest now (or `at` a revision or date)
 * and its history up to there, as an index and a page per model.
 */
async function buildSite(workspace, request, base, links) {
    const registry = await gatherRegistry(workspace, request.at);
    const written = await writeSite(registry, external_node_path_default().resolve(base, request.out), links);
    return {
        ...written,
        commit: registry.commit,
        repository: links?.web ?? null,
        brokenRevisions: registry.brokenRevisions
    };
}

;// CONCATENATED MODULE: ./src/site/links.ts

function linksOf(web) {
    return {
        web,
        commit: sha => `${web}/commit/${sha}`,
        pullRequest: number => `${web}/pull/${number}`
    };
}
/** A repository's web address from a URL given by hand (`--repo-url`): http(s), without `.git` or a trailing slash. */
function linksFromUrl(url) {
    const trimmed = url
        .trim()
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
    if (!/^https?:\/\//i.test(trimmed) || safeHref(trimmed) === undefined)
        return undefined;
    const parsed = new URL(trimmed);
    // Credentials in a remote's URL never reach a page.
    return linksOf(`${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`);
}
/**
 * The web address of a git remote on a GitHub host: `git@github.com:o/r.git`, `ssh://git@github.com/o/r.git` and
 * `https://token@github.com/o/r.git` all give https://github.com/o/r. A local path or another layout gives nothing.
 */
function linksFromRemote(remote) {
    const text = remote.trim();
    const scp = /^[\w.-]+@([\w.-]+):\/?([\w.-]+)\/([\w.-]+?)(\.git)?\/?$/.exec(text);
    if (scp)
        return linksOf(`https://${scp[1]}/${scp[2]}/${scp[3]}`);
    const url = /^(https?|ssh|git):\/\/(?:[^@/]*@)?([\w.-]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(\.git)?\/?$/.exec(text);
    if (!url)
        return undefined;
    const scheme = url[1] === 'http' ? 'http' : 'https';
    return linksOf(`${scheme}://${url[2]}/${url[3]}/${url[4]}`);
}
/** The repository of an Actions run: GITHUB_SERVER_URL and GITHUB_REPOSITORY. */
function linksFromRun(serverUrl, owner, repo) {
    if (!owner || !repo)
        return undefined;
    return linksFromUrl(`${serverUrl.replace(/\/$/, '')}/${owner}/${repo}`);
}

// EXTERNAL MODULE: ./src/action/whole-history.ts + 1 modules
var whole_history = __webpack_require__(2806);
;// CONCATENATED MODULE: ./src/action/run-site.ts






/** The registry as a static site in the out folder (for actions/upload-pages-artifact), its links to this repository. */
async function runSite(inputs, context, workspace, connection) {
    // The timelines are read from the whole history.
    await (0,whole_history/* deepenShallowCheckout */._)(workspace, connection);
    const result = await buildSite(workspace, inputs.request, process.cwd(), linksFromRun(context.serverUrl, context.owner, context.repo));
    (0,whole_history/* warnBrokenRevisions */.C)(workspace, result.brokenRevisions);
    core/* info */.pq(`Wrote the registry of ${result.models} model(s) to ${result.folder}`);
    (0,outputs/* setOutput */.u)('site-path', result.folder);
    (0,outputs/* setOutput */.u)('changed', 'false');
    await (0,summary/* writeSummary */.S)(`## model-stages: site\n\nThe registry of ${result.models} model${result.models === 1 ? '' : 's'}` +
        `${result.commit ? ` at ${result.commit.slice(0, 7)}` : ''} written to \`${result.folder}\` ` +
        `(${result.files} files; the index is ${(result.indexBytes / 1024).toFixed(0)} KB).`);
}


/***/ }),

/***/ 2806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ deepenShallowCheckout),
  C: () => (/* binding */ warnBrokenRevisions)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
;// CONCATENATED MODULE: ./src/reporting/broken-revision.ts
/** What is said of a revision in the history that breaks the manifest's rules (its problems follow). */
function brokenRevisionText(manifestName, broken) {
    return `${manifestName} at ${broken.commit?.slice(0, 7) ?? 'the work tree'} breaks the manifest's rules, and its moves are not counted`;
}

;// CONCATENATED MODULE: ./src/action/whole-history.ts



/** A command that reads the whole history first deepens a shallow checkout (actions/checkout fetches one commit). */
async function deepenShallowCheckout(workspace, connection) {
    const git = workspace.git;
    if (git && (await git.isShallow()))
        await core/* group */.Os('Fetch the whole history from origin', async () => git.deepen('origin', await connection.gitConfigs()));
}
/** A warning annotation for each problem of each revision whose moves were not counted. */
function warnBrokenRevisions(workspace, brokenRevisions) {
    for (const broken of brokenRevisions)
        for (const problem of broken.problems)
            core/* warning */.$e(`${brokenRevisionText(workspace.manifestName, broken)}: ${(0,problems/* formatProblem */.Vw)(problem)}`);
}


/***/ }),

/***/ 9789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ readManifestHistory)
});

// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./src/manifest/profile.ts
var profile = __webpack_require__(9880);
// EXTERNAL MODULE: ./src/manifest/read.ts
var manifest_read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/manifest/blocks.ts
var blocks = __webpack_require__(8579);
;// CONCATENATED MODULE: ./src/manifest/stage-tracker.ts





function commonPrefix(a, b) {
    const limit = Math.min(a.length, b.length);
    let low = 0;
    let high = limit;
    // Binary search on equal prefixes: memcmp-speed comparisons, about twice the length in all.
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (a.subarray(low, middle).equals(b.subarray(low, middle)))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
function commonSuffix(a, b, limit) {
    let low = 0;
    let high = limit;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (a.subarray(a.length - middle, a.length - low).equals(b.subarray(b.length - middle, b.length - low)))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
/** The key lines at `indent`, as written: what names the models (or versions) of a block. */
function keyLines(block, indent) {
    const pattern = new RegExp(`^ {${indent}}([^\\s#][^\\n]*)$`, 'gm');
    return [...block.matchAll(pattern)].map(match => match[1]).join('\n');
}
/**
 * Follows a manifest through its revisions and says what changed in each, reading only the version entries (or,
 * failing that, the model blocks) a change touches; anything it cannot place that way is read whole, with the
 * same reader, so the result is the same as reading every revision whole.
 */
class StageTracker {
    text;
    stages = new Map();
    layout;
    /** The last revision could not be read: the next one is read whole. */
    stale = true;
    /** How many revisions were read whole (the first, and those a change could not be placed in). */
    wholeReads = 0;
    /** How many revisions were read from the version entries around their change alone. */
    entryReads = 0;
    /**
     * The stage changes from the last readable revision to this one (`name` says which, in problems). A revision
     * that breaks the manifest's profile is not read another way: its problems are returned and the state stays.
     */
    next(content, name) {
        const text = content ?? Buffer.alloc(0);
        const changes = this.stale || !this.text || !this.layout ? undefined : this.nearby(this.text, text, this.layout);
        const result = changes ? { changes } : this.whole(text, name);
        this.text = text;
        return result;
    }
    /** The state after the last readable revision. */
    get current() {
        return this.stages;
    }
    whole(text, name) {
        this.wholeReads++;
        let stages;
        try {
            stages = (0,manifest_read/* readStageMap */.rx)(text.toString('utf8'), name);
        }
        catch (error) {
            if (!(error instanceof problems/* ManifestError */.Sh))
                throw error;
            this.layout = undefined;
            this.stale = true;
            return { problems: error.problems };
        }
        this.layout = (0,blocks/* modelsLayout */.dG)(text);
        this.stale = false;
        const changes = (0,states/* diffStages */.b)(this.stages, stages);
        this.stages = stages;
        return { changes };
    }
    /** The changes read from the model blocks around the bytes that differ; undefined: read the file whole. */
    nearby(before, after, layout) {
        const prefix = commonPrefix(before, after);
        if (prefix === before.length && prefix === after.length)
            return [];
        const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
        const start = (0,blocks/* lineStart */.PT)(after, prefix);
        const endAfter = (0,blocks/* lineEnd */.kd)(after, Math.max(start, after.length - suffix));
        const shift = after.length - before.length;
        const endBefore = endAfter - shift;
        if (endBefore <= layout.lineStart) {
            // Above the models map: no stage moves (unless the file no longer reads), and the map moves along.
            if (!(0,profile/* readPlainData */.B)(after.toString('utf8', 0, layout.lineStart + shift)).data)
                return undefined;
            this.layout = {
                ...layout,
                lineStart: layout.lineStart + shift,
                bodyStart: layout.bodyStart + shift,
                bodyEnd: layout.bodyEnd + shift
            };
            return [];
        }
        if (start < layout.bodyStart)
            return undefined;
        const first = (0,blocks/* blockStart */.qL)(after, start, layout);
        if (first === undefined)
            return undefined;
        const blockEndAfter = (0,blocks/* blockEnd */.lt)(after, endAfter, layout);
        const blockEndBefore = blockEndAfter - shift;
        const oldBlock = before.toString('utf8', first, blockEndBefore);
        const newBlock = after.toString('utf8', first, blockEndAfter);
        // The same model keys on both sides (else the file is read whole); only the new block needs reading.
        const keys = keyLines(oldBlock, layout.modelIndent);
        if (keys !== keyLines(newBlock, layout.modelIndent))
            return undefined;
        const model = { start: first, end: (0,blocks/* blockEnd */.lt)(after, (0,blocks/* lineEnd */.kd)(after, first), layout) };
        const inVersions = this.versionsNearby(before, after, model, start, endAfter);
        if (inVersions)
            return inVersions;
        let newModels;
        try {
            newModels = (0,manifest_read/* readStageMap */.rx)(`models:\n${newBlock}`, '');
        }
        catch {
            // Read whole, so that the problem is placed in the file.
            return undefined;
        }
        if (newModels.size !== keys.split('\n').filter(Boolean).length)
            return undefined;
        const changes = [];
        for (const [model, versions] of newModels) {
            const previous = this.stages.get(model);
            if (!previous)
                return undefined;
            changes.push(...(0,states/* diffStages */.b)(new Map([[model, previous]]), new Map([[model, versions]])));
        }
        for (const [model, versions] of newModels)
            this.stages.set(model, versions);
        return changes;
    }
    /**
     * When the bytes that differ lie in the block-style versions map of the model whose block is `model` (from its key
     * line to the next model's) and the entries around them name the same versions on both sides: the changes read
     * from those entries alone, under the model's key and `versions:` lines as written. Undefined: read the block.
     */
    versionsNearby(before, after, model, start, end) {
        const versions = (0,blocks/* versionsLayout */.wG)(after, model);
        const entries = versions && (0,blocks/* versionEntries */.R6)(after, versions, start, end);
        if (!versions || !entries)
            return undefined;
        const shift = after.length - before.length;
        const newEntries = after.toString('utf8', entries.start, entries.end);
        const keys = keyLines(newEntries, versions.versionIndent);
        if (keys !== keyLines(before.toString('utf8', entries.start, entries.end - shift), versions.versionIndent))
            return undefined;
        let read;
        try {
            read = (0,manifest_read/* readStageMap */.rx)('models:\n' +
                after.toString('utf8', model.start, (0,blocks/* lineEnd */.kd)(after, model.start)) +
                after.toString('utf8', versions.lineStart, versions.bodyStart) +
                newEntries, '');
        }
        catch {
            return undefined;
        }
        const [name, stages] = [...read][0] ?? [];
        const previous = name === undefined ? undefined : this.stages.get(name);
        // Every version named there, and only those, read with a stage the last revision also gave them.
        if (read.size !== 1 || !name || !stages || !previous)
            return undefined;
        if (stages.size !== keys.split('\n').filter(Boolean).length)
            return undefined;
        for (const version of stages.keys())
            if (!previous.has(version))
                return undefined;
        const next = new Map(previous);
        for (const [version, stage] of stages)
            next.set(version, stage);
        this.stages.set(name, next);
        this.entryReads++;
        return (0,states/* diffStages */.b)(new Map([[name, previous]]), new Map([[name, next]]));
    }
}

// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/adapters/manifest-history.ts


/**
 * Each commit's committer date, as soak counts it: along the first-parent line a commit dated earlier than the one
 * before it (a rewritten or backdated commit) counts from that one's date, so that a date cannot move a version's
 * entry back in time.
 */
function firstParentDates(oldestFirst) {
    const dates = new Map();
    let latest = Number.NEGATIVE_INFINITY;
    let latestText = '';
    for (const { commit, committedAt } of oldestFirst) {
        const at = Date.parse(committedAt);
        if (!Number.isNaN(at) && at >= latest)
            [latest, latestText] = [at, committedAt];
        dates.set(commit, latestText || committedAt);
    }
    return dates;
}
/**
 * Every transition along the first-parent history of `revision`, oldest first, read with a few git processes
 * whatever the number of commits: one `git log` names each commit's manifest object, which is read from the
 * repository's packs in process, or through one streamed `git cat-file --batch` when not packed. Each revision is
 * folded into the history as it arrives and dropped: memory holds two revisions and a bounded cache of delta bases,
 * not all of them. `uncommitted`, the work tree's manifest, comes last when given.
 */
async function readManifestHistory(git, repoPath, revision = 'HEAD', uncommitted) {
    const commits = (await git.fileLog(repoPath, revision)).reverse();
    const tracker = new StageTracker();
    const entries = [];
    const committedAt = firstParentDates(commits);
    const brokenRevisions = [];
    const changesOf = (reading, commit) => {
        if ('changes' in reading)
            return reading.changes;
        brokenRevisions.push({ commit, problems: reading.problems });
        return [];
    };
    let index = 0;
    await git.readObjects(commits.map(commit => commit.object), content => {
        const commit = commits[index++];
        const name = `${repoPath}@${commit?.commit.slice(0, 7) ?? 'unknown'}`;
        for (const change of changesOf(tracker.next(content, name), commit?.commit ?? null))
            entries.push({
                ...change,
                commit: commit?.commit ?? null,
                author: commit?.author ?? null,
                date: commit?.date ?? null,
                pullRequest: (0,stages_history/* pullRequestNumber */.K)(commit?.subject)
            });
    });
    if (uncommitted !== undefined && commits.length > 0)
        for (const change of changesOf(tracker.next(Buffer.from(uncommitted, 'utf8'), repoPath), null))
            entries.push({ ...change, commit: null, author: null, date: null, pullRequest: null });
    return { entries, revisions: commits.length, committedAt, brokenRevisions };
}


/***/ }),

/***/ 2638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readHistory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_manifest_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9789);
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1905);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8553);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(480);





/** The models the work tree's manifest names (none when it cannot be read). */
async function currentModels(workspace) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(workspace.manifestPath, 'utf8').catch(() => '');
    try {
        return [...(0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readStageMap */ .rx)(text, workspace.manifestName).keys()];
    }
    catch (error) {
        if (error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh)
            return [];
        throw error;
    }
}
/** Every committed transition of the manifest (or of one model), oldest first, rebuilt from the file's contents. */
async function readHistory(workspace, model, revision = 'HEAD') {
    if (!workspace.git)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`history needs a git repository: ${workspace.root} is not one`);
    const { entries, brokenRevisions } = await (0,_adapters_manifest_history_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifestHistory */ .S)(workspace.git, workspace.manifestName, revision);
    if (model === undefined)
        return { entries, brokenRevisions };
    const selected = entries.filter(entry => entry.model === model);
    if (selected.length > 0)
        return { entries: selected, brokenRevisions };
    // A model declared but never given a version has no transitions yet; any other name is a mistake.
    const known = new Set([...entries.map(entry => entry.model), ...(await currentModels(workspace))]);
    if (!known.has(model))
        throw (0,_stages_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownModel */ .w2)(model, [...known], "the manifest's history");
    return { entries: selected, brokenRevisions };
}


/***/ }),

/***/ 5991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ud: () => (/* binding */ evaluateGates),
/* harmony export */   wD: () => (/* binding */ baselineModeFor),
/* harmony export */   wQ: () => (/* binding */ gatesFor)
/* harmony export */ });
/* unused harmony export gatesPassed */
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);

/**
 * The gates a version must meet to enter a stage: the stage's own, and for the last stage (where the live version
 * is) the model's, else the defaults' (a model's gates replace the defaults whole). Each set is judged on its own.
 */
function gatesFor(data, model, target) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const sets = [(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .stageSpec */ .aJ)(pipeline, target)?.gates];
    if (target === (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name)
        sets.push(data.models[model]?.gates ?? data.defaults?.gates);
    return sets.filter((gates) => gates !== undefined && Object.keys(gates).length > 0);
}
function baselineModeFor(data, model) {
    return data.models[model]?.baseline ?? data.defaults?.baseline ?? 'recorded';
}
/** Inclusive bounds, with room for the last bits of floating point (0.91 - 0.01 is 0.9000000000000001). */
function atLeast(value, bound) {
    return value >= bound - 1e-9 * Math.max(1, Math.abs(bound));
}
function amountOf(amount, base) {
    if (typeof amount === 'number')
        return { value: amount, relative: false };
    return { value: (Math.abs(base) * Number(amount.slice(0, -1))) / 100, relative: true };
}
function changeRule(metric, gate, kind, candidate, baseline) {
    const amount = gate[kind];
    const rule = `${kind} ${amount}`;
    if (baseline === undefined)
        return {
            metric,
            candidate,
            baseline: null,
            rule,
            passed: true,
            note: 'no baseline: production has no value'
        };
    const higher = (gate.better ?? 'higher') === 'higher';
    const { value, relative } = amountOf(amount, baseline);
    if (relative && baseline === 0)
        return {
            metric,
            candidate,
            baseline,
            rule,
            passed: false,
            note: 'a relative rule needs a production value other than 0'
        };
    // Higher is better: at least base - regression, or base + improvement. Lower is better mirrors it.
    const sign = kind === 'max_regression' ? -1 : 1;
    const threshold = higher ? baseline + sign * value : baseline - sign * value;
    const passed = higher ? atLeast(candidate, threshold) : atLeast(-candidate, -threshold);
    const needed = `${higher ? '≥' : '≤'} ${Number(threshold.toPrecision(12))}`;
    return { metric, candidate, baseline, rule, passed, note: passed ? null : `needs ${needed}` };
}
/**
 * Every rule of every gated metric, each judged and every failure reported: absolute bounds always, change rules
 * against production's value when there is one (else skipped and said so). A gated metric the candidate lacks fails.
 */
function evaluateGates(gates, candidate, baseline) {
    const results = [];
    for (const [metric, gate] of Object.entries(gates)) {
        // Own values only: a metric named toString is a name, never Object.prototype.toString.
        const value = Object.hasOwn(candidate, metric) ? candidate[metric] : undefined;
        const base = baseline && Object.hasOwn(baseline, metric) ? baseline[metric] : undefined;
        if (value === undefined) {
            results.push({
                metric,
                candidate: null,
                baseline: base ?? null,
                rule: 'measured',
                passed: false,
                note: 'the candidate has no value for this metric'
            });
            continue;
        }
        if (gate.min !== undefined)
            results.push({
                metric,
                candidate: value,
                baseline: base ?? null,
                rule: `min ${gate.min}`,
                passed: atLeast(value, gate.min),
                note: null
            });
        if (gate.max !== undefined)
            results.push({
                metric,
                candidate: value,
                baseline: base ?? null,
                rule: `max ${gate.max}`,
                passed: atLeast(-value, -gate.max),
                note: null
            });
        if (gate.max_regression !== undefined)
            results.push(changeRule(metric, gate, 'max_regression', value, base));
        if (gate.min_improvement !== undefined)
            results.push(changeRule(metric, gate, 'min_improvement', value, base));
    }
    return results;
}
function gatesPassed(results) {
    return results.every(result => result.passed);
}


/***/ }),

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ pullRequestNumber),
/* harmony export */   w: () => (/* binding */ formerVersionsIn)
/* harmony export */ });
/** "Merge pull request #12 from …" or a squash merge's "Subject (#12)". */
function pullRequestNumber(subject) {
    if (!subject)
        return null;
    const match = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
    return match ? Number(match[1]) : null;
}
/** Versions of a model that were in a stage and left it, ordered by when they last left (most recent last). */
function formerVersionsIn(entries, model, stage) {
    const order = [];
    for (const entry of entries) {
        if (entry.model !== model || entry.from !== stage)
            continue;
        const seen = order.indexOf(entry.version);
        if (seen !== -1)
            order.splice(seen, 1);
        order.push(entry.version);
    }
    return order;
}


/***/ }),

/***/ 7337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ diffStages)
/* harmony export */ });
/** Every version whose stage differs between two states, models and versions in the order written. */
function diffStages(before, after) {
    const changes = [];
    const models = new Set([...before.keys(), ...after.keys()]);
    for (const model of models) {
        const old = before.get(model) ?? new Map();
        const current = after.get(model) ?? new Map();
        const versions = new Set([...old.keys(), ...current.keys()]);
        for (const version of versions) {
            const from = old.get(version) ?? null;
            const to = current.get(version) ?? null;
            if (from !== to)
                changes.push({ model, version, from, to });
        }
    }
    return changes;
}


/***/ }),

/***/ 7492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ stageHoldings)
/* harmony export */ });
function pointOf(entry) {
    return { commit: entry.commit, date: entry.date, author: entry.author, pullRequest: entry.pullRequest };
}
/**
 * Which version held each of `stages` (the exclusive ones) over time, oldest first, folded from a model's history.
 * A version entering a stage ends the holding of the one it replaces, whichever of the two moves a commit lists
 * first.
 */
function stageHoldings(entries, model, stages) {
    const holdings = [];
    const open = new Map();
    const watched = new Set(stages);
    for (const entry of entries) {
        if (entry.model !== model)
            continue;
        if (entry.from !== null && watched.has(entry.from)) {
            const holding = open.get(entry.from);
            if (holding?.version === entry.version) {
                holding.until = pointOf(entry);
                open.delete(entry.from);
            }
        }
        if (entry.to !== null && watched.has(entry.to)) {
            const replaced = open.get(entry.to);
            if (replaced)
                replaced.until = pointOf(entry);
            const holding = { stage: entry.to, version: entry.version, since: pointOf(entry), until: null };
            open.set(entry.to, holding);
            holdings.push(holding);
        }
    }
    return holdings;
}


/***/ })

};
