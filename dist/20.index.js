export const id = 20;
export const ids = [20];
export const modules = {

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ recordDeployments)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2225);


/**
 * A GitHub deployment for every version that landed in a stage with an `environment`, at the commit that landed
 * it (`data` is the manifest at that commit). Nothing is called when no stage has an environment.
 */
async function recordDeployments(connect, data, transitions, sha, runUrl) {
    const landings = (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .landingsOf */ .Qr)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineOf */ .gQ)(data), transitions);
    if (landings.length === 0)
        return [];
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Record deployments', async () => {
        const api = await connect();
        const recorded = [];
        for (const landing of landings) {
            const uri = data.models[landing.model]?.versions.get(landing.version)?.uri ?? null;
            const description = `${landing.model} ${landing.version} in ${landing.stage}`.slice(0, 140);
            const deployment = await api.recordDeployment({
                sha,
                environment: landing.environment,
                payload: { model: landing.model, version: landing.version, uri },
                description,
                logUrl: runUrl,
                production: landing.production
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Deployment ${deployment.id} to ${landing.environment}: ${description}${deployment.created ? '' : ' (recorded before)'}`);
            recorded.push({ ...deployment, model: landing.model, version: landing.version, stage: landing.stage });
        }
        return recorded;
    });
}


/***/ }),

/***/ 9712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ publishMove)
});

// UNUSED EXPORTS: PUSH_BUDGET_MS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/manifest/blocks.ts
var blocks = __webpack_require__(8579);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/nodes.ts
var nodes = __webpack_require__(5328);
;// CONCATENATED MODULE: ./src/manifest/edit.ts



class UneditableLayoutError extends Error {
}
/**
 * Applies changes by splicing the source text at node ranges, so that every line that carries
 * no changed value stays byte-identical (comments, blank lines, quoting, flow maps included).
 */
function editManifestText(manifest, changes) {
    const views = new Map();
    const splices = changes.flatMap(change => {
        const view = views.get(change.model) ?? modelView(manifest, change.model);
        views.set(change.model, view);
        const local = change.kind === 'set-stage'
            ? [stageSplice(view.manifest, change.model, change.version, change.stage)]
            : change.kind === 'set-metrics'
                ? [metricsSplice(view.manifest, change.model, change.version, change.metrics)]
                : addVersionSplices(view.manifest, change.model, change.version, change.entry);
        return local.map(splice => ({
            ...splice,
            start: splice.start + view.offset,
            end: splice.end + view.offset
        }));
    });
    return applySplices(manifest.text, splices);
}
const BLOCK_PREFIX = 'models:\n';
/**
 * A model's block read on its own (`models:` prepended), so that an edit of one model in a large manifest parses
 * that block, not the file; the whole document when the model has no block of its own (a new model).
 */
function modelView(manifest, model) {
    const layout = (0,blocks/* modelsLayout */.dG)(manifest.text);
    const block = layout && (0,blocks/* modelBlock */.xP)(manifest.text, layout, model);
    if (block) {
        const text = BLOCK_PREFIX + manifest.text.slice(block.start, block.end);
        const doc = (0,dist.parseDocument)(text, { uniqueKeys: true });
        if (doc.errors.length === 0)
            return { manifest: { file: manifest.file, text, doc }, offset: block.start - BLOCK_PREFIX.length };
    }
    return { manifest, offset: 0 };
}
function applySplices(text, splices) {
    const ordered = [...splices].sort((a, b) => b.start - a.start);
    let result = text;
    for (const splice of ordered)
        result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
    return result;
}
function stageSplice(manifest, model, version, stage) {
    const node = (0,nodes/* locate */.x5)(manifest.doc.contents, ['models', model, 'versions', version, 'stage']).value;
    if (!(0,dist/* isScalar */.jn)(node) || !node.range) {
        throw new UneditableLayoutError(`cannot find the stage of ${model} ${version} in ${manifest.file}`);
    }
    const text = quoteLike(node, stage);
    const [start, end] = node.range;
    // Keep a trailing comment in its column: `stage: production   # live` → `stage: archived     # live`.
    const gap = /^( +)#/.exec(manifest.text.slice(end))?.[1];
    if (gap === undefined)
        return { start, end, text };
    const width = Math.max(1, gap.length + (end - start) - text.length);
    return { start, end: end + gap.length, text: text + ' '.repeat(width) };
}
/** A version's metrics, written as one flow map: its `metrics:` value replaced, or a `metrics:` entry added. */
function metricsSplice(manifest, model, version, metrics) {
    const entry = (0,nodes/* locate */.x5)(manifest.doc.contents, ['models', model, 'versions', version]).value;
    if (!(0,dist/* isMap */.jh)(entry))
        throw new UneditableLayoutError(`cannot find ${model} ${version} in ${manifest.file}`);
    const text = flowMap(metrics);
    const pair = (0,nodes/* findPair */.c6)(entry, 'metrics');
    const value = pair?.value;
    if (pair && value?.range) {
        if (!(0,dist/* isMap */.jh)(value) || value.flow)
            return { start: value.range[0], end: value.range[1], text };
        const colon = manifest.text.indexOf(':', pair.key.range?.[1] ?? value.range[0]);
        return { start: colon + 1, end: value.range[1], text: ` ${text}` };
    }
    if (entry.flow)
        return flowInsert(manifest, entry, `metrics: ${text}`);
    const indent = indentOf(manifest, entry.items[0]?.key) ?? 0;
    const { offset, prefix } = afterLastEntry(manifest, entry);
    return blockSplice(manifest, offset, prefix, [`metrics: ${text}`], indent);
}
function quoteLike(node, value) {
    if (node.type === 'QUOTE_DOUBLE')
        return JSON.stringify(value);
    if (node.type === 'QUOTE_SINGLE')
        return `'${value.replaceAll("'", "''")}'`;
    return plainOrQuoted(value);
}
/** A scalar as YAML would write it on one line: plain when it reads back as the same string. */
function plainOrQuoted(value) {
    const written = (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trimEnd();
    return written.includes('\n') ? JSON.stringify(value) : written;
}
/** Writes a new key the way its neighbours are written; quoted when there is no neighbour to follow. */
function keyLike(sibling, key) {
    if ((0,dist/* isScalar */.jn)(sibling) && sibling.type === 'PLAIN')
        return plainOrQuoted(key);
    if ((0,dist/* isScalar */.jn)(sibling) && sibling.type === 'QUOTE_SINGLE')
        return `'${key}'`;
    return JSON.stringify(key);
}
function entryLines(entry) {
    const lines = [`stage: ${entry.stage}`];
    if (entry.uri !== undefined)
        lines.push(`uri: ${plainOrQuoted(entry.uri)}`);
    if (entry.description !== undefined)
        lines.push(`description: ${plainOrQuoted(entry.description)}`);
    if (entry.metrics !== undefined)
        lines.push(`metrics: ${flowMap(entry.metrics)}`);
    if (entry.metadata !== undefined)
        lines.push(`metadata: ${flowMap(entry.metadata)}`);
    return lines;
}
/** A map on one line, `{ auc: 0.93, f1: 0.8 }`, as the manifest's examples write metrics. */
function flowMap(map) {
    return (0,dist/* stringify */.As)(map, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}
function entryFlow(entry) {
    return `{ ${entryLines(entry).join(', ')} }`;
}
/** New lines end the way the file's lines do. */
function lineBreak(manifest) {
    return manifest.text.includes('\r\n') ? '\r\n' : '\n';
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
function indentOf(manifest, node) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return undefined;
    return offset - lineStart(manifest.text, offset);
}
/** Where a new block entry goes: at the start of the line after the map's last entry. */
function afterLastEntry(manifest, map) {
    const last = map.items[map.items.length - 1];
    const end = last?.value?.range?.[1] ?? last?.key?.range?.[1] ?? map.range?.[1];
    if (end === undefined)
        throw new UneditableLayoutError(`cannot find where to add an entry in ${manifest.file}`);
    const text = manifest.text;
    const newline = text.indexOf('\n', Math.max(end - 1, 0));
    if (newline === -1)
        return { offset: text.length, prefix: lineBreak(manifest) };
    return { offset: newline + 1, prefix: '' };
}
function addVersionSplices(manifest, model, version, entry) {
    const modelPair = (0,nodes/* findPair */.c6)((0,nodes/* findPair */.c6)(manifest.doc.contents, 'models')?.value, model);
    if (!modelPair)
        return addModelSplices(manifest, model, version, entry);
    const versionBlock = (depth) => versionLines(version, entry, depth);
    const modelNode = modelPair.value;
    const versionsPair = (0,nodes/* findPair */.c6)(modelNode, 'versions');
    if (!versionsPair) {
        // A model declared before its first version: it gets a versions block.
        if ((0,dist/* isMap */.jh)(modelNode) && !modelNode.flow && modelNode.items.length > 0) {
            const indent = indentOf(manifest, modelNode.items[0]?.key) ?? 4;
            const { offset, prefix } = afterLastEntry(manifest, modelNode);
            return [blockSplice(manifest, offset, prefix, ['versions:', ...versionBlock(1)], indent)];
        }
        if ((0,dist/* isMap */.jh)(modelNode) && modelNode.items.length === 0)
            return emptyFlowToBlock(manifest, modelPair, ['versions:', ...versionBlock(1)]);
        throw new UneditableLayoutError(`model ${model} in ${manifest.file} is not a map`);
    }
    const versions = versionsPair.value;
    if (!(0,dist/* isMap */.jh)(versions))
        throw new UneditableLayoutError(`model ${model} has no versions map in ${manifest.file}`);
    if (versions.items.length === 0)
        return emptyFlowToBlock(manifest, versionsPair, versionBlock(0));
    const lastPair = versions.items[versions.items.length - 1];
    if (versions.flow)
        return [flowInsert(manifest, versions, `${keyLike(lastPair?.key, version)}: ${entryFlow(entry)}`)];
    const keyIndent = indentOf(manifest, lastPair?.key) ?? 0;
    const key = `${' '.repeat(keyIndent)}${keyLike(lastPair?.key, version)}:`;
    const lastValue = lastPair?.value;
    // A version written like its predecessor: a one-line flow map after a flow map, else a block.
    const block = (0,dist/* isMap */.jh)(lastValue) && lastValue.flow
        ? [`${key} ${entryFlow(entry)}`]
        : [
            key,
            ...entryLines(entry).map(line => `${' '.repeat(innerIndentOf(manifest, lastValue, keyIndent))}${line}`)
        ];
    const { offset, prefix } = afterLastEntry(manifest, versions);
    return [
        {
            start: offset,
            end: offset,
            text: `${prefix}${block.join(lineBreak(manifest))}${lineBreak(manifest)}`
        }
    ];
}
/** A new version as block lines, `depth` levels (of two spaces) below where they are inserted. */
function versionLines(version, entry, depth) {
    const pad = '  '.repeat(depth);
    return [`${pad}${JSON.stringify(version)}:`, ...entryLines(entry).map(line => `${pad}  ${line}`)];
}
/** Lines inserted at `offset`, each indented by `indent`, ending the way the file's lines end. */
function blockSplice(manifest, offset, prefix, lines, indent) {
    const br = lineBreak(manifest);
    return {
        start: offset,
        end: offset,
        text: `${prefix}${lines.map(line => ' '.repeat(indent) + line).join(br)}${br}`
    };
}
/**
 * `key: {}` becomes `key:` with a block below it, never a flow line: the braces go, the rest of the line
 * (a comment) stays, and the block starts on the next line, two spaces deeper than the key.
 */
function emptyFlowToBlock(manifest, pair, lines) {
    const key = pair.key;
    const value = pair.value;
    const keyEnd = key.range?.[1];
    const valueEnd = value.range?.[1];
    if (keyEnd === undefined || valueEnd === undefined)
        throw new UneditableLayoutError(`cannot edit ${(0,nodes/* keyString */.Ve)(key)} in ${manifest.file}`);
    const colon = manifest.text.indexOf(':', keyEnd);
    const closing = manifest.text.indexOf('}', colon) + 1;
    const lineEnd = manifest.text.indexOf('\n', closing);
    const offset = lineEnd === -1 ? manifest.text.length : lineEnd + 1;
    const prefix = lineEnd === -1 ? lineBreak(manifest) : '';
    return [
        { start: colon + 1, end: closing, text: '' },
        blockSplice(manifest, offset, prefix, lines, (indentOf(manifest, key) ?? 0) + 2)
    ];
}
function innerIndentOf(manifest, lastValue, keyIndent) {
    const firstInner = (0,dist/* isMap */.jh)(lastValue) ? lastValue.items[0]?.key : undefined;
    return indentOf(manifest, firstInner) ?? keyIndent + 2;
}
function addModelSplices(manifest, model, version, entry) {
    const modelsPair = (0,nodes/* findPair */.c6)(manifest.doc.contents, 'models');
    const models = modelsPair?.value;
    if (!modelsPair || !(0,dist/* isMap */.jh)(models))
        throw new UneditableLayoutError(`${manifest.file} has no models map`);
    const block = (step) => [
        `${plainOrQuoted(model)}:`,
        `${' '.repeat(step)}versions:`,
        ...versionLines(version, entry, 0).map(line => ' '.repeat(step * 2) + line)
    ];
    if (models.items.length === 0)
        return emptyFlowToBlock(manifest, modelsPair, block(2));
    const versionKey = JSON.stringify(version);
    if (models.flow) {
        return [
            flowInsert(manifest, models, `${plainOrQuoted(model)}: { versions: { ${versionKey}: ${entryFlow(entry)} } }`)
        ];
    }
    const lastPair = models.items[models.items.length - 1];
    const modelIndent = indentOf(manifest, lastPair?.key) ?? 2;
    const lastVersions = (0,nodes/* findPair */.c6)(lastPair?.value, 'versions');
    const step = (indentOf(manifest, lastVersions?.key) ?? modelIndent + 2) - modelIndent;
    const { offset, prefix } = afterLastEntry(manifest, models);
    return [blockSplice(manifest, offset, prefix, block(step), modelIndent)];
}
/** Adds `entry` to a flow map `{ … }` just before its closing brace. */
function flowInsert(manifest, map, entry) {
    const open = map.range?.[0];
    const end = map.range?.[1];
    if (open === undefined || end === undefined)
        throw new UneditableLayoutError(`cannot edit a flow map in ${manifest.file}`);
    const close = manifest.text.lastIndexOf('}', end);
    if (map.items.length === 0)
        return { start: open, end: close + 1, text: `{ ${entry} }` };
    const contentEnd = manifest.text.slice(0, close).trimEnd().length;
    const separator = manifest.text[contentEnd - 1] === ',' ? ' ' : ', ';
    return { start: contentEnd, end: close, text: `${separator}${entry} ` };
}

;// CONCATENATED MODULE: ./src/manifest/rewrite.ts




/** The data as plain JSON values (versions as ordered pairs), so that the comparison looks at content only. */
function plain(data) {
    return JSON.parse(JSON.stringify(data, (_key, value) => (value instanceof Map ? [...value] : value)));
}
/**
 * The edit of one model checked by its block alone: every byte outside the model's block is unchanged, and the
 * block reads back as exactly the model the plan expects. False when that cannot be shown so.
 */
function verifiedByBlock(before, after, model, expected) {
    const oldLayout = (0,blocks/* modelsLayout */.dG)(before);
    const newLayout = (0,blocks/* modelsLayout */.dG)(after);
    const oldBlock = oldLayout && (0,blocks/* modelBlock */.xP)(before, oldLayout, model);
    const newBlock = newLayout && (0,blocks/* modelBlock */.xP)(after, newLayout, model);
    if (!oldBlock || !newBlock || oldBlock.start !== newBlock.start)
        return false;
    if (before.slice(0, oldBlock.start) !== after.slice(0, newBlock.start))
        return false;
    if (before.slice(oldBlock.end) !== after.slice(newBlock.end))
        return false;
    const models = (0,read/* readModelsBlock */.CW)(after.slice(newBlock.start, newBlock.end), expected.stages);
    if (!models || Object.keys(models).length !== 1 || !models[model])
        return false;
    return (0,external_node_util_.isDeepStrictEqual)(plain(models[model]), plain(expected.models[model]));
}
/**
 * The manifest text after `changes`, checked against the data the plan expects: a text edit that
 * would read back as anything else is never written.
 */
async function rewriteManifest(manifest, changes, expected) {
    if (changes.length === 0)
        return manifest.text;
    const text = editManifestText(manifest, changes);
    const models = new Set(changes.map(change => change.model));
    const [model] = models;
    if (models.size === 1 && model !== undefined && verifiedByBlock(manifest.text, text, model, expected))
        return text;
    const reread = await (0,read/* readManifest */.WI)(text, manifest.file);
    // Read for one model, the plan holds that model alone: the others must read back as they were.
    const planned = manifest.model === undefined
        ? expected
        : {
            ...expected,
            models: { ...(await (0,read/* readManifest */.WI)(manifest.text, manifest.file)).models, ...expected.models }
        };
    if (!(0,external_node_util_.isDeepStrictEqual)(plain(reread), plain(planned))) {
        throw new Error(`the edit of ${manifest.file} did not read back as planned; nothing was written`);
    }
    return text;
}

// EXTERNAL MODULE: ./src/stages/admission.ts
var stages_admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
// EXTERNAL MODULE: ./src/stages/soak.ts
var soak = __webpack_require__(2633);
;// CONCATENATED MODULE: ./src/commands/move-history.ts



/**
 * The history of the manifest up to `revision`, plus `uncommitted` (the work tree's text) when given;
 * undefined outside git or before the manifest's first commit.
 */
async function loadMoveHistory(workspace, revision = 'HEAD', uncommitted) {
    if (!workspace.git)
        return undefined;
    const history = await (0,manifest_history/* readManifestHistory */.S)(workspace.git, workspace.manifestName, revision, uncommitted);
    if (history.revisions === 0)
        return undefined;
    const { entries, committedAt } = history;
    return {
        rollback: model => ({ formerIn: stage => (0,stages_history/* formerVersionsIn */.w)(entries, model, stage) }),
        enteredStage: (model, version, stage) => (0,soak/* stageEntry */.RX)(entries, committedAt, model, version, stage)
    };
}

// EXTERNAL MODULE: ./src/commands/moves.ts + 1 modules
var moves = __webpack_require__(438);
// EXTERNAL MODULE: ./src/commands/validate.ts + 2 modules
var validate = __webpack_require__(2969);
;// CONCATENATED MODULE: ./src/commands/prepare-move.ts










/**
 * Plans a move on the manifest text, gathers what the admission judges (the history, the validation run), and
 * renders the new text when the version is admitted. The history is read only when the move needs it (rollback,
 * soak); a refusal before validation (soak, rollback rule) is thrown before anything runs. `earlier` lets a re-plan
 * (after the branch moved) keep the validation of the same version.
 */
async function prepareMove(options) {
    const { workspace, text, command, args } = options;
    const manifest = await (0,read/* openManifest */.gp)(text, workspace.manifestName, args.model);
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(manifest.data);
    let history;
    const readHistory = () => (history ??= loadMoveHistory(workspace, options.revision ?? 'HEAD', options.uncommitted ? text : undefined));
    const rollback = command === 'rollback' ? (await readHistory())?.rollback(args.model) : undefined;
    const plan = (0,moves/* planMove */.Xk)(command, manifest.data, args, rollback);
    const base = { command, manifest, plan, newText: text, changed: false };
    if (plan.transitions.length === 0)
        return { ...base, verdict: 'skipped' };
    if (!plan.needsValidation) {
        const newText = await rewriteManifest(manifest, plan.changes, plan.result);
        return { ...base, verdict: 'skipped', newText, changed: newText !== text };
    }
    const requested = plan.transitions[0];
    const move = {
        model: plan.model,
        version: plan.version,
        from: requested?.from ?? null,
        to: requested?.to ?? null
    };
    const facts = {
        move,
        pipeline,
        now: options.now ?? new Date(),
        ...(options.force !== undefined ? { overrideReason: options.force } : {})
    };
    if ((0,stages_admission/* soakApplies */.HJ)(pipeline, plan.operation, move.to))
        facts.entered = (await readHistory())?.enteredStage(plan.model, plan.version, move.from ?? '');
    if (rollback && move.to !== null)
        facts.formerlyIn = rollback.formerIn(move.to);
    const refused = (0,stages_admission/* refusedBeforeValidation */.HI)((0,stages_admission/* judgeAdmission */.J6)(facts));
    if (refused.length > 0)
        throw new errors/* RefusedError */.fk(`${plan.model} ${refused.map(refusal => refusal.message).join('; ')}`);
    const current = (0,queries/* productionVersion */.ix)(manifest.data, plan.model);
    const champion = current === undefined ? undefined : manifest.data.models[plan.model]?.versions.get(current);
    const production = current === undefined ? undefined : { version: current, uri: champion?.uri, metrics: champion?.metrics };
    const entry = manifest.data.models[plan.model]?.versions.get(plan.version);
    const subject = {
        model: plan.model,
        version: plan.version,
        uri: entry?.uri,
        stage: move.from ?? '',
        target: move.to ?? ''
    };
    const validation = reusableValidation(options.earlier, plan, current) ??
        (await (0,validate/* validateForStage */._M)(workspace, manifest.data, subject, options.validation, production));
    const admission = (0,stages_admission/* judgeAdmission */.J6)({ ...facts, validation });
    const judged = { ...base, admission, verdict: (0,stages_admission/* validationVerdict */.lL)(admission), baselineVersion: current };
    if (!admission.admitted)
        return judged;
    const recorded = plan.changes.length > 0 ? withMeasuredMetrics(plan, entry?.metrics, validation.measured) : plan;
    const newText = await rewriteManifest(manifest, recorded.changes, recorded.result);
    return { ...judged, plan: recorded, newText, changed: newText !== text };
}
/** A re-plan (the branch moved) keeps the earlier run of the same version while production is still the same. */
function reusableValidation(earlier, plan, production) {
    const validation = earlier?.admission?.validation;
    const same = earlier?.plan.model === plan.model &&
        earlier.plan.version === plan.version &&
        earlier.baselineVersion === production;
    return same && validation?.state === 'ran' ? validation : undefined;
}
/** The plan plus the metrics the candidate measured, recorded with it in the same change when they are new. */
function withMeasuredMetrics(plan, recorded, measured) {
    if (!measured || Object.keys(measured).length === 0)
        return plan;
    const metrics = { ...recorded, ...measured };
    if ((0,external_node_util_.isDeepStrictEqual)(metrics, recorded))
        return plan;
    const model = plan.result.models[plan.model];
    const version = model?.versions.get(plan.version);
    if (!model || !version)
        return plan;
    return {
        ...plan,
        changes: [...plan.changes, { kind: 'set-metrics', model: plan.model, version: plan.version, metrics }],
        result: {
            ...plan.result,
            models: {
                ...plan.result.models,
                [plan.model]: {
                    ...model,
                    versions: new Map(model.versions).set(plan.version, { ...version, metrics })
                }
            }
        }
    };
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 2 modules
var commands_workspace = __webpack_require__(6008);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
;// CONCATENATED MODULE: ./src/action/publish/backoff.ts
/**
 * Waits between attempts at a contended branch: exponential and jittered so that racing runs spread out,
 * within a time budget instead of a fixed count of attempts.
 */
class Backoff {
    budgetMs;
    baseMs;
    capMs;
    attempt = 0;
    deadline;
    constructor(budgetMs, baseMs = 200, capMs = 8000) {
        this.budgetMs = budgetMs;
        this.baseMs = baseMs;
        this.capMs = capMs;
        this.deadline = Date.now() + budgetMs;
    }
    get attempts() {
        return this.attempt;
    }
    /** False when the budget is spent; otherwise waits and returns true. */
    async wait() {
        this.attempt++;
        const ceiling = Math.min(this.capMs, this.baseMs * 2 ** (this.attempt - 1));
        const milliseconds = Math.floor(ceiling / 2 + Math.random() * (ceiling / 2));
        if (Date.now() + milliseconds > this.deadline)
            return false;
        await new Promise(resolve => setTimeout(resolve, milliseconds));
        return true;
    }
}

// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
;// CONCATENATED MODULE: ./src/action/publish/fetch-base.ts

/** The base branch as origin has it now, and the manifest in it; `fullHistory` deepens a shallow clone. */
async function fetchBase(git, workspace, base, configs, fullHistory) {
    const tracking = await git.fetchBranch('origin', base, { configs, wholeHistory: fullHistory });
    const commit = await git.resolve(tracking);
    if (!commit)
        throw new Error(`cannot find branch ${base} on origin`);
    const text = await git.show(commit, workspace.manifestName);
    if (text === undefined) {
        throw new problems/* ManifestError */.Sh([
            {
                file: workspace.manifestName,
                line: 1,
                column: 1,
                message: `the manifest does not exist on branch ${base} (commit ${commit.slice(0, 7)})`
            }
        ]);
    }
    return { commit, text };
}

// EXTERNAL MODULE: ./src/reporting/gates.ts
var gates = __webpack_require__(5618);
// EXTERNAL MODULE: ./src/reporting/override.ts
var override = __webpack_require__(2828);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
;// CONCATENATED MODULE: ./src/reporting/pull-request.ts





function pullRequestBranch(model) {
    return `model-stages/${model}`;
}
function pullRequestTitle(outcome) {
    return (0,describe/* planTitle */.KS)(outcome.plan);
}
function pullRequestBody(outcome, manifestName, runUrl) {
    const parts = [
        `This pull request changes \`${manifestName}\`:`,
        (0,markdown/* markdownTable */.Qj)(['Model', 'Version', 'Transition', 'Why'], (0,markdown/* transitionRows */.Zt)(outcome.plan.transitions)),
        (0,describe/* outcomeSentence */.yz)(outcome.admission),
        (0,gates/* gatesMarkdown */.u)(outcome.admission?.gates ?? []),
        (0,override/* overrideMarkdown */.y)(outcome.admission?.override),
        (0,markdown/* outputTailBlock */.vw)((0,stages_admission/* validationResult */.Vh)(outcome.admission)),
        runUrl
            ? `Proposed by [this workflow run](${runUrl}). Merging it makes the change; closing it drops it.`
            : '',
        '<sub>Opened by model-stages. A new run for this model updates this pull request in place.</sub>'
    ];
    return parts.filter(Boolean).join('\n\n');
}

// EXTERNAL MODULE: ./src/action/publish/publish-error.ts
var publish_error = __webpack_require__(4718);
;// CONCATENATED MODULE: ./src/action/publish/pull-request.ts




const FORCE_PUSH_BUDGET_MS = 60_000;
/**
 * Pushes the commit to `model-stages/<model>` and opens (or updates) its pull request. The open pull request
 * is looked up first, so that a token or API that cannot do it fails before anything is pushed; a branch this
 * run created is removed again when the pull request still cannot be opened.
 */
async function proposePullRequest(git, outcome, commitSha, workspace, settings) {
    const api = settings.api;
    if (!api)
        throw new Error('mode pull-request needs the GitHub API (GITHUB_REPOSITORY and a token)');
    const branch = pullRequestBranch(outcome.plan.model);
    const open = await core/* group */.Os(`Find an open pull request from ${branch}`, async () => {
        const found = await api.findOpenPullRequest(branch, settings.base);
        core/* info */.pq(found ? `#${found.number} is open: it is updated` : 'none is open: one is opened');
        return found;
    });
    const existed = await core/* group */.Os(`Push ${branch}`, async () => {
        const tip = await git.remoteTip('origin', branch, settings.gitConfigs);
        await forcePush(git, commitSha, branch, settings);
        core/* info */.pq(`Pushed ${commitSha.slice(0, 7)} to ${branch}${tip ? ` (it was at ${tip.slice(0, 7)})` : ''}`);
        return tip !== undefined;
    });
    try {
        const { pullRequest, created } = await core/* group */.Os(`${open ? 'Update' : 'Open'} the pull request into ${settings.base}`, () => api.createOrUpdatePullRequest({
            branch,
            base: settings.base,
            title: pullRequestTitle(outcome),
            body: pullRequestBody(outcome, workspace.manifestName, settings.runUrl)
        }, open));
        return { pullRequest, pullRequestCreated: created };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (existed || open) {
            throw new publish_error/* PublishError */.S(message, `The branch ${branch} on origin now holds this change (commit ${commitSha.slice(0, 7)}); ` +
                `its pull request was not ${open ? 'updated' : 'opened'}.`);
        }
        const removed = await git.deleteRemoteBranch('origin', branch, settings.gitConfigs).then(() => true, () => false);
        if (removed)
            throw new publish_error/* PublishError */.S(`${message}\nThe branch ${branch} this run pushed was removed again.`);
        throw new publish_error/* PublishError */.S(message, `The branch ${branch} was pushed to origin (commit ${commitSha.slice(0, 7)}) and could not be removed: ` +
            `delete it, or re-run the job once the pull request can be opened.`);
    }
}
/** Another run for the same model may force-push the branch at the same moment: that race is tried again. */
async function forcePush(git, commitSha, branch, settings) {
    const backoff = new Backoff(FORCE_PUSH_BUDGET_MS);
    for (;;) {
        const push = await git.push('origin', commitSha, branch, { force: true, configs: settings.gitConfigs });
        if (push.pushed)
            return;
        if (!push.stale) {
            throw new publish_error/* PublishError */.S(`origin refused the branch ${branch}:\n${push.message}\n` +
                `No pull request was opened. Let the token push branches named model-stages/* ` +
                `(a branch rule or pre-receive hook refuses them).`);
        }
        core/* info */.pq(`another run pushed ${branch} at the same moment; pushing again`);
        if (!(await backoff.wait()))
            throw new publish_error/* PublishError */.S(`could not push ${branch}: other runs kept pushing it`);
    }
}

// EXTERNAL MODULE: ./src/action/publish/deployments.ts
var deployments = __webpack_require__(5158);
;// CONCATENATED MODULE: ./src/action/publish/publish-move.ts












/** How long a run keeps trying to land a change on a branch that other runs keep moving. */
const PUSH_BUDGET_MS = 180_000;
/** The move planned on `text` (the manifest at `revision`), validated as the plan requires. */
async function planOn(workspace, text, revision, command, args, validation, settings, earlier) {
    return validation(options => prepareMove({
        workspace,
        text,
        command,
        args,
        validation: options,
        revision,
        force: settings.force,
        earlier
    }));
}
/**
 * Carries out a move as the mode says: nothing written (dry-run), a commit pushed to the base branch
 * (commit), or a commit on `model-stages/<model>` proposed as a pull request (pull-request). Every plan is
 * made on the base branch's current manifest; when a push loses a race, the move is planned again on the
 * new manifest, never merged as text. Each step is a log group of its own.
 */
async function publishMove(workspace, command, args, validation, settings) {
    const git = workspace.git;
    if (settings.mode === 'dry-run' || !git) {
        if (settings.mode !== 'dry-run')
            throw new Error(`mode ${settings.mode} needs a git checkout; ${workspace.root} is not one`);
        core/* debug */.Yz('dry run: the move is planned on the checkout, and nothing is written');
        const text = await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace);
        return {
            outcome: await planOn(workspace, text, 'HEAD', command, args, validation, settings),
            attempts: 0
        };
    }
    const backoff = new Backoff(PUSH_BUDGET_MS);
    let earlier;
    for (;;) {
        // Rollback and soak read the history: a shallow clone is deepened for them.
        let tip = await core/* group */.Os(`Fetch ${settings.base} from origin`, () => fetchBase(git, workspace, settings.base, settings.gitConfigs, command === 'rollback'));
        if (command === 'promote' && (await hasSoak(tip.text)) && (await git.isShallow()))
            tip = await core/* group */.Os(`Fetch the history of ${settings.base} (a soak is judged on it)`, () => fetchBase(git, workspace, settings.base, settings.gitConfigs, true));
        const outcome = await planOn(workspace, tip.text, tip.commit, command, args, validation, settings, earlier);
        const attempts = backoff.attempts + 1;
        if (!outcome.changed)
            return { outcome, attempts };
        const commitSha = await core/* group */.Os(`Commit the change to ${workspace.manifestName}`, () => commitChange(git, workspace, outcome, tip.commit, settings));
        if (settings.mode === 'pull-request') {
            const published = await proposePullRequest(git, outcome, commitSha, workspace, settings);
            return { outcome, commitSha, ...published, attempts };
        }
        const push = await core/* group */.Os(`Push to ${settings.base}`, () => pushToBase(git, tip.commit, commitSha, settings));
        if (push.pushed) {
            const deployments = await landDeployments(outcome, commitSha, settings);
            return { outcome, commitSha, deployments, attempts };
        }
        if (!push.stale && (await git.remoteTip('origin', settings.base, settings.gitConfigs)) === tip.commit) {
            throw new publish_error/* PublishError */.S(`origin refused the push to ${settings.base}:\n${push.message}\n` +
                'The branch is protected (a rule or a pre-receive hook). Use mode: pull-request, or give token a ' +
                'token that the rule lets push (a GitHub App or user on the bypass list).');
        }
        core/* info */.pq(`${settings.base} moved on while this run worked (attempt ${attempts}); planning again on the new manifest`);
        earlier = outcome;
        // The version chosen first stays the subject: a candidate registered meanwhile is not promoted in its place.
        args = { ...args, version: outcome.plan.version };
        if (!(await backoff.wait())) {
            throw new publish_error/* PublishError */.S(`could not push to ${settings.base}: other pushes kept moving it for ${backoff.budgetMs / 1000} s ` +
                `(${attempts} attempts). Re-run the job, or use a concurrency group per model.`);
        }
    }
}
/** The new manifest committed on `parent`, with the message that says what moved and why. */
async function commitChange(git, workspace, outcome, parent, settings) {
    const commitSha = await git.commitFile({
        parent,
        repoPath: workspace.manifestName,
        content: outcome.newText,
        message: (0,secrets/* redact */.E$)((0,describe/* commitMessage */.df)(outcome.plan, outcome.admission, {
            requestedBy: settings.requestedBy,
            reason: settings.runUrl
        })),
        author: settings.author,
        committer: settings.committer
    });
    core/* info */.pq(`Commit ${commitSha} on ${parent.slice(0, 7)}: ${outcome.plan.model} ${outcome.plan.version}`);
    return commitSha;
}
/** Pushes the commit to the base branch; once it is there, the checkout follows it (see fastForwardCheckout). */
async function pushToBase(git, parent, commitSha, settings) {
    const push = await git.push('origin', commitSha, settings.base, { configs: settings.gitConfigs });
    if (!push.pushed) {
        core/* info */.pq(`origin did not take the push${push.stale ? ` (${settings.base} moved on)` : ''}`);
        return push;
    }
    core/* info */.pq(`Pushed ${commitSha.slice(0, 7)} to ${settings.base}`);
    await fastForwardCheckout(git, parent, commitSha);
    return push;
}
/** Deployments for what the pushed commit landed; the commit stays, so a failure says so and how to finish. */
async function landDeployments(outcome, commitSha, settings) {
    try {
        return await (0,deployments/* recordDeployments */.G)(settings.connect, outcome.plan.result, outcome.plan.transitions, commitSha, settings.runUrl);
    }
    catch (error) {
        throw new publish_error/* PublishError */.S(`the deployment could not be recorded: ${error instanceof Error ? error.message : String(error)}`, `The change itself landed: commit ${commitSha} is on ${settings.base}. Give the workflow ` +
            '`permissions: deployments: write` and run `changes` on that push to record the deployment.');
    }
}
/** Whether a stage of the manifest asks for a soak (an unreadable manifest is reported by the plan). */
async function hasSoak(text) {
    const data = (await (0,read/* checkManifest */.K7)(text, '')).manifest;
    return data !== undefined && (0,stages_pipeline/* pipelineOf */.gQ)(data).stages.some(stage => stage.soak !== undefined);
}
/** Later steps of the job see the new manifest when the checkout was at the commit the change was made on. */
async function fastForwardCheckout(git, parent, commit) {
    const head = await git.resolve('HEAD');
    if (head !== parent)
        return;
    if (!(await git.fastForward(commit)))
        core/* info */.pq('the checkout was not fast-forwarded to the new commit (local changes are in the way)');
}


/***/ }),

/***/ 8225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ publishSettings)
/* harmony export */ });
/* unused harmony export actorIdentity */
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2853);

const BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
function actorIdentity(context) {
    if (!context.actor)
        return BOT;
    const id = context.actorId ? `${context.actorId}+` : '';
    return { name: context.actor, email: `${id}${context.actor}@users.noreply.github.com` };
}
async function publishSettings(inputs, context, workspace, connection) {
    const needsRemote = inputs.mode !== 'dry-run';
    if (needsRemote)
        (0,_run_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .Cc)(context);
    const connect = () => connection.api();
    return {
        mode: inputs.mode,
        base: needsRemote ? (0,_run_context_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveBase */ .gU)(inputs.base, context) : (inputs.base ?? ''),
        gitConfigs: workspace.git && needsRemote ? await connection.gitConfigs() : [],
        author: actorIdentity(context),
        committer: BOT,
        requestedBy: context.actor ? `@${context.actor}` : undefined,
        runUrl: context.runUrl,
        api: inputs.mode === 'pull-request' ? await connect() : undefined,
        connect,
        force: inputs.force
    };
}


/***/ })

};
