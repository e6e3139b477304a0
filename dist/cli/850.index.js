export const id = 850;
export const ids = [850];
export const modules = {

/***/ 3850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assertCommittable: () => (/* binding */ assertCommittable),
  moveJson: () => (/* binding */ moveJson),
  moveText: () => (/* binding */ moveText),
  runMoveCommand: () => (/* binding */ runMoveCommand),
  validationOptions: () => (/* binding */ validationOptions),
  writeMode: () => (/* binding */ writeMode),
  writeOutcome: () => (/* binding */ writeOutcome)
});

// EXTERNAL MODULE: ./src/adapters/files.ts + 1 modules
var files = __webpack_require__(6666);
// EXTERNAL MODULE: ./src/commands/execute-move.ts + 2 modules
var execute_move = __webpack_require__(5387);
// EXTERNAL MODULE: ./src/commands/request.ts
var commands_request = __webpack_require__(9843);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/commands/rollback-history.ts


/** Which versions were in production before, from git history plus any uncommitted edit; undefined outside git. */
async function loadRollbackHistory(workspace, model, currentText, revision = 'HEAD') {
    if (!workspace.git)
        return undefined;
    const history = await (0,manifest_history/* readManifestHistory */.S)(workspace.git, workspace.manifestName, revision, currentText);
    if (history.revisions === 0)
        return undefined;
    const entries = history.entries;
    return { formerProduction: (0,stages_history/* formerProductionVersions */.e)(entries, model) };
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/reporting/diff.ts
var reporting_diff = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/cli/arguments.ts
var cli_arguments = __webpack_require__(1506);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/commands/context.ts
var commands_context = __webpack_require__(586);
;// CONCATENATED MODULE: ./src/cli/commands/move.ts











function writeMode(context) {
    const dryRun = context.values['dry-run'] === true;
    const commit = context.values.commit === true;
    if (dryRun && commit)
        throw new cli_arguments/* UsageError */.eb('--dry-run and --commit exclude each other');
    return { dryRun, commit };
}
/** --commit is refused before anything runs when the manifest already has changes of its own. */
async function assertCommittable(workspace, mode) {
    if (!mode.commit)
        return;
    if (!workspace.git)
        throw new errors/* InputError */.d(`--commit needs a git repository: ${workspace.root} is not one`);
    if (await workspace.git.hasChanges(workspace.manifestName))
        throw new errors/* InputError */.d(`${workspace.manifestName} has uncommitted changes: commit or stash them first, or leave out --commit`);
}
function validationOptions(context, timeoutSeconds) {
    return {
        validate: (0,commands_context/* stringOption */.Pp)(context.values, 'validate'),
        timeoutSeconds,
        onOutput: context.json ? undefined : chunk => context.io.err(chunk)
    };
}
/** Writes (and with --commit commits) a passed move; returns the commit, if one was made. */
async function writeOutcome(workspace, outcome, mode) {
    if (!outcome.changed || mode.dryRun || outcome.verdict === 'failed')
        return undefined;
    await (0,files/* writeFileAtomic */.Z)(workspace.manifestPath, outcome.newText);
    if (!mode.commit || !workspace.git)
        return undefined;
    return workspace.git.commitPaths([workspace.manifestName], (0,describe/* commitMessage */.df)(outcome.plan, outcome.validation));
}
function moveJson(outcome, mode, diff, commit) {
    const { plan, validation } = outcome;
    return {
        command: outcome.command,
        model: plan.model,
        version: plan.version,
        changed: outcome.changed && outcome.verdict !== 'failed',
        dryRun: mode.dryRun,
        commit: commit ?? null,
        note: plan.note ?? null,
        transitions: plan.transitions.map(({ version, from, to, cause }) => ({ version, from, to, cause })),
        archived: outcome.verdict === 'failed' ? [] : (0,describe/* archivedBy */.uP)(plan),
        validation: outcome.verdict,
        validationDetail: validation
            ? {
                command: validation.command,
                status: validation.status,
                exitCode: validation.exitCode,
                tail: validation.tail
            }
            : null,
        diff
    };
}
function moveText(outcome, mode, diff, file, commit) {
    const { plan } = outcome;
    if (plan.transitions.length === 0)
        return `Nothing to do: ${plan.note}\n`;
    const lines = [(0,describe/* planTitle */.KS)(plan), ...plan.transitions.map(t => `  ${(0,describe/* transitionText */.FA)(t)}`)];
    if (outcome.verdict === 'failed')
        return lines.join('\n') + `\nNot written: validation did not pass.\n`;
    lines.push((0,describe/* validationSentence */.JJ)(outcome.validation));
    if (mode.dryRun)
        lines.push('', diff, `Dry run: ${file} not written.`);
    else if (commit)
        lines.push(`Wrote ${file} and committed it as ${commit.slice(0, 7)}.`);
    else
        lines.push(`Wrote ${file}.`);
    return lines.join('\n') + '\n';
}
/** register, promote, archive, restore, rollback on the local manifest. */
async function runMoveCommand(command, context) {
    const { workspace, values } = context;
    const [model, version] = context.positionals;
    const request = (0,commands_request/* checkRequest */.yG)({
        command,
        model,
        version,
        to: (0,commands_context/* stringOption */.Pp)(values, 'to'),
        validationTimeout: (0,commands_context/* stringOption */.Pp)(values, 'validation-timeout'),
        metrics: (0,commands_context/* listOption */.y8)(values, 'metric'),
        metadata: (0,commands_context/* listOption */.y8)(values, 'meta')
    }, commands_context/* CLI_NAMES */.Q4);
    const mode = writeMode(context);
    await assertCommittable(workspace, mode);
    const text = await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace);
    const history = command === 'rollback' ? await loadRollbackHistory(workspace, model ?? '', text) : undefined;
    const outcome = await (0,execute_move/* prepareMove */.H)({
        workspace,
        text,
        command,
        args: {
            model: request.model ?? '',
            version: request.version,
            to: request.to,
            uri: (0,commands_context/* stringOption */.Pp)(values, 'uri'),
            description: (0,commands_context/* stringOption */.Pp)(values, 'description'),
            metrics: request.metrics,
            metadata: request.metadata
        },
        validation: validationOptions(context, request.validationTimeout),
        history
    });
    const commit = await writeOutcome(workspace, outcome, mode);
    // A diff is built only when it is printed.
    const diff = context.json || mode.dryRun ? (0,reporting_diff/* unifiedDiff */.W)(workspace.manifestName, text, outcome.newText) : '';
    const failure = outcome.verdict === 'failed'
        ? { error: { exitCode: output/* EXIT_REFUSED */.MY, message: (0,describe/* validationSentence */.JJ)(outcome.validation), problems: [] } }
        : {};
    (0,output/* print */.yy)(context.io, context.json, { ...moveJson(outcome, mode, diff, commit), ...failure }, () => moveText(outcome, mode, diff, workspace.manifestName, commit));
    if (outcome.verdict === 'failed') {
        // The output itself was streamed as it came; only the verdict is repeated.
        if (!context.json)
            context.io.err(`${(0,describe/* validationSentence */.JJ)(outcome.validation)}\n`);
        return output/* EXIT_REFUSED */.MY;
    }
    return output/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 5387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ prepareMove)
});

// EXTERNAL MODULE: ./src/manifest/load.ts
var load = __webpack_require__(521);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
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
    const layout = (0,blocks/* modelsLayout */.d)(manifest.text);
    const block = layout && (0,blocks/* modelBlock */.x)(manifest.text, layout, model);
    if (block) {
        const text = BLOCK_PREFIX + manifest.text.slice(block.start, block.end);
        const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true });
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

// EXTERNAL MODULE: ./src/manifest/fast-read.ts
var fast_read = __webpack_require__(5764);
;// CONCATENATED MODULE: ./src/manifest/rewrite.ts





/** The data as plain JSON values, so that the comparison looks at content only. */
function plain(data) {
    return JSON.parse(JSON.stringify(data));
}
/**
 * The edit of one model checked by its block alone: every byte outside the model's block is unchanged, and the
 * block reads back as exactly the model the plan expects. False when that cannot be shown so.
 */
function verifiedByBlock(before, after, model, expected) {
    const oldLayout = (0,blocks/* modelsLayout */.d)(before);
    const newLayout = (0,blocks/* modelsLayout */.d)(after);
    const oldBlock = oldLayout && (0,blocks/* modelBlock */.x)(before, oldLayout, model);
    const newBlock = newLayout && (0,blocks/* modelBlock */.x)(after, newLayout, model);
    if (!oldBlock || !newBlock || oldBlock.start !== newBlock.start)
        return false;
    if (before.slice(0, oldBlock.start) !== after.slice(0, newBlock.start))
        return false;
    if (before.slice(oldBlock.end) !== after.slice(newBlock.end))
        return false;
    const models = (0,fast_read/* readValidModels */.X)(after.slice(newBlock.start, newBlock.end));
    if (!models || Object.keys(models).length !== 1 || !models[model])
        return false;
    return (0,external_node_util_.isDeepStrictEqual)(plain(models[model]), plain(expected.models[model]));
}
/**
 * The manifest text after `changes`, checked against the data the plan expects: a text edit that
 * would read back as anything else is never written.
 */
function rewriteManifest(manifest, changes, expected) {
    if (changes.length === 0)
        return manifest.text;
    const text = editManifestText(manifest, changes);
    const models = new Set(changes.map(change => change.model));
    const [model] = models;
    if (models.size === 1 && model !== undefined && verifiedByBlock(manifest.text, text, model, expected))
        return text;
    const reread = (0,load/* loadManifestText */.VH)(text, manifest.file);
    if (!(0,external_node_util_.isDeepStrictEqual)(plain(reread.data), plain(expected))) {
        throw new Error(`the edit of ${manifest.file} did not read back as planned; nothing was written`);
    }
    return text;
}

// EXTERNAL MODULE: ./src/commands/moves.ts
var moves = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/commands/validate.ts + 2 modules
var validate = __webpack_require__(2932);
;// CONCATENATED MODULE: ./src/commands/execute-move.ts




/**
 * Plans a move on the manifest text, validates a version entering production, and renders the new text.
 * `earlier` lets a re-plan (after the branch moved) keep the validation of the same version.
 */
async function prepareMove(options) {
    const { workspace, text, command, args } = options;
    const manifest = (0,load/* loadManifestText */.VH)(text, workspace.manifestName);
    const plan = (0,moves/* planMove */.Xk)(command, manifest.data, args, options.history);
    const base = { command, manifest, plan, newText: text, changed: false };
    if (plan.transitions.length === 0)
        return { ...base, verdict: 'skipped' };
    let validation;
    if (plan.needsValidation) {
        const reusable = options.earlier?.plan.model === plan.model && options.earlier.plan.version === plan.version;
        validation = reusable ? options.earlier?.validation : undefined;
        const entry = manifest.data.models[plan.model]?.versions[plan.version];
        const subject = { model: plan.model, version: plan.version, uri: entry?.uri, stage: entry?.stage ?? '' };
        validation ??= await (0,validate/* validateVersion */.Pj)(workspace, manifest.data, subject, options.validation);
        if (validation.status !== 'passed')
            return { ...base, validation, verdict: 'failed' };
    }
    const newText = rewriteManifest(manifest, plan.changes, plan.result);
    return {
        ...base,
        validation,
        verdict: validation ? 'passed' : 'skipped',
        newText,
        changed: newText !== text
    };
}


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pj: () => (/* binding */ validateVersion)
});

// UNUSED EXPORTS: validationCommand, validationEnvironment

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/secrets.ts
/**
 * The secrets of this run (the token, and the forms git sends it in). Every text model-stages writes or sends
 * goes through `redact`, and no secret is handed to a validation command's environment.
 */
const secrets = new Set();
function registerSecret(value) {
    if (value.trim().length === 0)
        return;
    secrets.add(value);
    secrets.add(Buffer.from(`x-access-token:${value}`, 'utf8').toString('base64'));
}
function isSecret(value) {
    return secrets.has(value);
}
function redact(text) {
    let result = text;
    for (const secret of secrets)
        result = result.replaceAll(secret, '***');
    return result;
}

;// CONCATENATED MODULE: ./src/adapters/validation.ts


const KEEP_CHARACTERS = 64 * 1024;
const KILL_GRACE_MS = 3000;
/** How long a cancelled step gives the validation to clean up before it is killed. */
const SIGNAL_GRACE_MS = 1000;
/** The runner's own plumbing: its service token and endpoints are for the runner, not for a step's commands. */
const RUNNER_INTERNALS = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2'
]);
/**
 * The environment a validation command inherits: the step's own (its `env:` included), less the action's
 * inputs (`INPUT_*`, the token among them), the runner's internals, and any variable that holds a secret of
 * this run.
 */
function inheritedEnvironment(environment = process.env) {
    const kept = {};
    for (const [name, value] of Object.entries(environment)) {
        if (value === undefined || name.startsWith('INPUT_') || RUNNER_INTERNALS.has(name) || isSecret(value))
            continue;
        kept[name] = value;
    }
    return kept;
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is already gone
    }
}
/** Process groups of the validations running now: a cancelled step takes them down with it. */
const runningGroups = new Set();
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
let signalsWatched = false;
function watchSignals() {
    if (signalsWatched)
        return;
    signalsWatched = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            for (const pid of runningGroups)
                killGroup(pid, 'SIGTERM');
            const exit = () => {
                for (const pid of runningGroups)
                    killGroup(pid, 'SIGKILL');
                process.exit(SIGNAL_EXIT_CODES[signal]);
            };
            if (runningGroups.size === 0)
                exit();
            else
                setTimeout(exit, SIGNAL_GRACE_MS);
        });
    }
}
/** Runs the command through the shell in its own process group, so that a timeout kills every process it started. */
function runValidation(request) {
    const started = Date.now();
    const tailLines = request.tailLines ?? 30;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', request.command], {
            cwd: request.cwd,
            env: { ...inheritedEnvironment(), ...request.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        watchSignals();
        if (child.pid !== undefined)
            runningGroups.add(child.pid);
        let output = '';
        let timedOut = false;
        let settled = false;
        const collect = (chunk) => {
            const text = chunk.toString('utf8');
            request.onOutput?.(text);
            output = (output + text).slice(-KEEP_CHARACTERS);
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        let graceTimer;
        const timeoutTimer = request.timeoutSeconds && request.timeoutSeconds > 0
            ? setTimeout(() => {
                timedOut = true;
                killGroup(child.pid, 'SIGTERM');
                graceTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
            }, request.timeoutSeconds * 1000)
            : undefined;
        const finish = (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timeoutTimer);
            clearTimeout(graceTimer);
            // Whatever the command left running in its group goes with it.
            killGroup(child.pid, 'SIGKILL');
            if (child.pid !== undefined)
                runningGroups.delete(child.pid);
            const status = timedOut ? 'timed-out' : exitCode === 0 ? 'passed' : 'failed';
            resolve({
                status,
                command: request.command,
                exitCode,
                signal,
                durationMs: Date.now() - started,
                tail: lastLines(output, tailLines)
            });
        };
        child.on('error', reject);
        child.on('close', finish);
        // A grandchild that escaped the group may hold the pipes open: do not wait for it past the grace.
        child.on('exit', (code, signal) => setTimeout(() => finish(code, signal), KILL_GRACE_MS).unref());
    });
}
function lastLines(text, count) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(-count).join('\n');
}

// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/commands/validate.ts


function validationCommand(data, model, override) {
    const command = override?.trim() ? override : (data.models[model]?.validate ?? data.defaults?.validate);
    return command?.trim() ? command : undefined;
}
function validationEnvironment(workspace, subject) {
    return {
        MODEL_NAME: subject.model,
        MODEL_VERSION: subject.version,
        MODEL_URI: subject.uri ?? '',
        MODEL_STAGE: subject.stage,
        MODEL_TARGET_STAGE: 'production',
        MODEL_STAGES_MANIFEST: workspace.manifestName
    };
}
/** Runs the validation of a version about to enter production; no command configured is an error, never a pass. */
async function validateVersion(workspace, data, subject, options) {
    const command = validationCommand(data, subject.model, options.validate);
    if (!command) {
        throw new errors/* InputError */.d(`no validation command for ${subject.model}: a version enters production only after validation. ` +
            `Set models.${subject.model}.validate or defaults.validate in the manifest, or pass one as validate`);
    }
    return runValidation({
        command,
        cwd: workspace.root,
        env: validationEnvironment(workspace, subject),
        timeoutSeconds: options.timeoutSeconds,
        onOutput: options.onOutput
    });
}


/***/ }),

/***/ 8579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ modelsLayout),
/* harmony export */   x: () => (/* binding */ modelBlock)
/* harmony export */ });
/** The indentation of the line at `start`, or undefined for a blank or comment-only line. */
function indentAt(text, start) {
    let position = start;
    while (text[position] === ' ')
        position++;
    const next = text[position];
    return next === undefined || next === '\n' || next === '\r' || next === '#' ? undefined : position - start;
}
function nextLine(text, start) {
    const newline = text.indexOf('\n', start);
    return newline === -1 ? text.length : newline + 1;
}
/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
function modelsLayout(text) {
    const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text);
    if (!match)
        return undefined;
    const bodyStart = nextLine(text, match.index);
    let modelIndent;
    for (let start = bodyStart; start < text.length; start = nextLine(text, start)) {
        const indent = indentAt(text, start);
        if (indent === undefined)
            continue;
        if (modelIndent === undefined) {
            if (indent === 0)
                return undefined;
            modelIndent = indent;
        }
        if (indent === 0)
            return { lineStart: match.index, bodyStart, bodyEnd: start, modelIndent };
    }
    return modelIndent === undefined
        ? undefined
        : { lineStart: match.index, bodyStart, bodyEnd: text.length, modelIndent };
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The lines of one model: from its key line to the next line at the models' indentation (comments and blank
 * lines in between go with it). Undefined when its key is not written plainly on a line of its own.
 */
function modelBlock(text, layout, model) {
    const key = `(${escape(model)}|"${escape(model)}"|'${escape(model)}')`;
    const pattern = new RegExp(`^ {${layout.modelIndent}}${key}:[ \\t]*(#.*)?\\r?$`, 'gm');
    pattern.lastIndex = layout.bodyStart;
    const match = pattern.exec(text);
    if (!match || match.index >= layout.bodyEnd)
        return undefined;
    let end = nextLine(text, match.index);
    while (end < layout.bodyEnd) {
        const indent = indentAt(text, end);
        if (indent !== undefined && indent <= layout.modelIndent)
            break;
        end = nextLine(text, end);
    }
    return { start: match.index, end };
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readValidModels),
/* harmony export */   m: () => (/* binding */ readValidManifest)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6470);


/**
 * Keys that YAML reads as something other than text (`1.10:` is the number 1.1) and merge keys (`<<:`), which
 * the two readers treat differently: a text with any of them goes to the position-tracking reader, which says so.
 */
const NEEDS_POSITIONS = /(^|[{,])[ \t]*([-+]?(\.\d|\d)[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|<<)[ \t]*:([ \t]|$)/m;
function readYaml(text) {
    if (NEEDS_POSITIONS.test(text))
        return undefined;
    try {
        return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
    }
    catch {
        return undefined;
    }
}
function oneInProduction(entry) {
    return Object.values(entry.versions).filter(version => version.stage === 'production').length <= 1;
}
/**
 * A valid manifest read fast, without positions (js-yaml). Undefined when it is not plainly valid: then the
 * position-tracking reader reads it, and reports every problem at its line.
 */
function readValidManifest(text) {
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ManifestSchema */ .pL.safeParse(readYaml(text));
    if (!result.success)
        return undefined;
    return Object.values(result.data.models).every(oneInProduction) ? result.data : undefined;
}
/** The models of a block of model entries (`models:` prepended), each valid; undefined otherwise. */
function readValidModels(block) {
    const data = readYaml(`models:\n${block}`);
    if (typeof data !== 'object' || data === null || typeof data.models !== 'object' || data.models === null)
        return undefined;
    const models = {};
    for (const [name, value] of Object.entries(data.models)) {
        const entry = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelSchema */ .$3.safeParse(value);
        if (!entry.success || !oneInProduction(entry.data))
            return undefined;
        models[name] = entry.data;
    }
    return models;
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P7: () => (/* binding */ checkManifestText),
/* harmony export */   VH: () => (/* binding */ loadManifestText),
/* harmony export */   q2: () => (/* binding */ loadManifestForModel)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8579);
/* harmony import */ var _fast_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5764);
/* harmony import */ var _closest_word_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1755);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5328);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1905);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6470);







function loaded(file, text, data, parsed) {
    let doc = parsed;
    return {
        file,
        text,
        data,
        get doc() {
            doc ??= (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true });
            return doc;
        }
    };
}
const ALLOWED_KEYS = {
    manifest: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestSchema */ .pL.shape),
    defaults: ['validate'],
    model: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelSchema */ .$3.shape),
    version: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .VersionEntrySchema */ .qb.shape)
};
/** Parses and checks a manifest, collecting every problem with its position. */
function checkManifestText(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset, message) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, line, column: col, message };
    };
    const problems = doc.errors.map(error => at(error.pos[0], yamlErrorMessage(error.code, error.message, text.slice(error.pos[0]))));
    const structural = doc.errors.some(error => error.code !== 'DUPLICATE_KEY');
    if (structural)
        return { problems: (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .sortProblems */ .dS)(problems) };
    if (doc.contents === null) {
        problems.push(at(0, 'the manifest is empty: it needs `version: 1` and a `models:` map'));
        return { problems };
    }
    problems.push(...keyTypeProblems(doc, at));
    problems.push(...productionProblems(doc, at));
    const js = doc.toJS();
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestSchema */ .pL.safeParse(js);
    if (!result.success) {
        for (const issue of result.error.issues)
            problems.push(...issueProblems(doc, js, issue, at));
    }
    if (problems.length > 0 || !result.success)
        return { problems: (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .sortProblems */ .dS)(dedupe(problems)) };
    return { manifest: loaded(file, text, result.data, doc), problems: [] };
}
/** A valid manifest, read fast; the position-tracking reader runs only to report the problems of an invalid one. */
function loadManifestText(text, file) {
    const data = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidManifest */ .m)(text);
    if (data)
        return loaded(file, text, data);
    const { manifest, problems } = checkManifestText(text, file);
    if (!manifest)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(problems);
    return manifest;
}
/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
function loadManifestForModel(text, file, model) {
    const layout = (0,_blocks_js__WEBPACK_IMPORTED_MODULE_5__/* .modelsLayout */ .d)(text);
    const block = layout && (0,_blocks_js__WEBPACK_IMPORTED_MODULE_5__/* .modelBlock */ .x)(text, layout, model);
    if (layout && block && layout.bodyEnd === text.length) {
        const header = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidManifest */ .m)(`${text.slice(0, layout.lineStart)}models: {}\n`);
        const models = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidModels */ .X)(text.slice(block.start, block.end));
        const entry = models?.[model];
        if (header && models && entry && Object.keys(models).length === 1)
            return { ...header, models: { [model]: entry } };
    }
    return loadManifestText(text, file).data;
}
function yamlErrorMessage(code, message, source) {
    if (code === 'DUPLICATE_KEY') {
        const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+)/.exec(source)?.[1]?.trim() ?? source.trim();
        return `duplicate key ${key}: a key may appear only once in a map`;
    }
    const firstLine = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
    return `YAML syntax: ${firstLine}`;
}
function modelMaps(doc) {
    const models = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(doc.contents, 'models')?.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(models))
        return [];
    return models.items.map(pair => ({
        name: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .keyString */ .Ve)(pair.key) ?? '',
        nameNode: pair.key,
        model: pair.value
    }));
}
/** YAML reads `1.10` as the number 1.1 and `2` as 2: version keys must be strings as written. */
function keyTypeProblems(doc, at) {
    const problems = [];
    const check = (key, what) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value !== 'string' && key.value !== null) {
            const source = key.source ?? String(key.value);
            problems.push(at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(key), `${what} ${source} is read by YAML as a ${typeof key.value}, not text: quote it as "${source}"`));
        }
    };
    for (const { nameNode, model } of modelMaps(doc)) {
        check(nameNode, 'model name');
        const versions = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(model, 'versions')?.value;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(versions))
            for (const pair of versions.items)
                check(pair.key, 'version');
    }
    return problems;
}
function productionProblems(doc, at) {
    const problems = [];
    for (const { name, model } of modelMaps(doc)) {
        const versions = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(model, 'versions')?.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(versions))
            continue;
        const inProduction = versions.items.filter(pair => {
            const stage = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(pair.value, 'stage')?.value;
            return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(stage) && stage.value === 'production';
        });
        if (inProduction.length < 2)
            continue;
        const names = inProduction.map(pair => (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .keyString */ .Ve)(pair.key)).join(', ');
        for (const pair of inProduction.slice(1)) {
            problems.push(at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(pair.value, 'stage')?.value ?? undefined), `model ${name} has ${inProduction.length} versions in production (${names}): at most one version of a model may be in production`));
        }
    }
    return problems;
}
function allowedKeysAt(path) {
    if (path.length === 0)
        return ALLOWED_KEYS.manifest ?? [];
    if (path.length === 1 && path[0] === 'defaults')
        return ALLOWED_KEYS.defaults ?? [];
    if (path.length === 2 && path[0] === 'models')
        return ALLOWED_KEYS.model ?? [];
    return ALLOWED_KEYS.version ?? [];
}
function describePath(path) {
    if (path[0] === 'models' && path.length >= 2) {
        const [, model, , version, ...rest] = path;
        let where = `model ${String(model)}`;
        if (version !== undefined)
            where += ` version ${String(version)}`;
        if (rest.length > 0)
            where += ` ${rest.map(String).join('.')}`;
        else if (path.length === 3)
            where += ` ${String(path[2])}`;
        return where;
    }
    return path.map(String).join('.') || 'the manifest';
}
function valueAt(js, path) {
    let current = js;
    for (const segment of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[segment];
    }
    return current;
}
function issueProblems(doc, js, issue, at) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        const allowed = allowedKeysAt(path);
        return issue.keys.map(key => {
            const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, [...path, key]);
            const suggestion = (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_6__/* .closestWord */ .E)(key, allowed);
            const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
            return at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key ?? located.nearest), `unknown key "${key}" in ${describePath(path)}: ${hint}allowed keys are ${allowed.join(', ')}`);
        });
    }
    if (issue.code === 'invalid_key') {
        const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path);
        const key = String(path[path.length - 1]);
        const what = path.length === 2 ? 'model name' : path.length === 4 ? 'version' : 'key';
        const detail = issue.issues[0]?.message ?? issue.message;
        const problems = [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key ?? located.nearest), `${what} "${key}" is not valid: ${detail}`)
        ];
        // A bad name does not hide what is wrong inside the entry it names.
        const inner = (path.length === 2 ? _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelSchema */ .$3 : _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .VersionEntrySchema */ .qb).safeParse(valueAt(js, path));
        if (!inner.success)
            for (const innerIssue of inner.error.issues)
                problems.push(...issueProblems(doc, js, { ...innerIssue, path: [...path, ...innerIssue.path] }, at));
        return problems;
    }
    const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path);
    const missing = path.length > 0 && located.key === undefined;
    if (missing) {
        const parent = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path.slice(0, -1));
        const field = String(path[path.length - 1]);
        const hint = field === 'stage' ? ' (staging, production or archived)' : '';
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(parent.key ?? parent.nearest), `${describePath(path.slice(0, -1))} has no ${field}${hint}`)
        ];
    }
    if (path.length === 0) {
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(doc.contents ?? undefined), 'the manifest must be a map with `version: 1` and `models:`')
        ];
    }
    const value = located.value;
    if (path.length === 1 &&
        path[0] === 'models' &&
        (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null)))
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key), 'models has no value: write `models: {}`, or add a model under it (model-stages register MODEL VERSION does)')
        ];
    const got = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? ` (got ${JSON.stringify(value.source ?? value.value)})` : '';
    const guess = issue.code === 'invalid_value' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'string'
        ? (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_6__/* .closestWord */ .E)(value.value, issue.values.map(String))
        : undefined;
    const hint = guess ? `: did you mean ${guess}?` : '';
    return [at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(value ?? located.key), `${describePath(path)}: ${issue.message}${got}${hint}`)];
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter(problem => {
        const key = `${problem.line}:${problem.column}:${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 6470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ ModelSchema),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   qb: () => (/* binding */ VersionEntrySchema)
/* harmony export */ });
/* unused harmony exports ModelNameSchema, VersionStringSchema, StageSchema, manifestJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);


const ModelNameSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME_PATTERN */ .lM, { error: `a model name is ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME_RULE */ .bA}` })
    .describe(`Model name: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME_RULE */ .bA}.`);
const VersionStringSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_PATTERN */ .Q6, { error: `a version string is ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_RULE */ .wI}` })
    .describe(`Version string: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_RULE */ .wI}.`);
const StageSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an, { error: `stage must be one of: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.join(', ')}` })
    .describe('Lifecycle stage of this version.');
const ValidateCommandSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1, { error: 'the validation command is empty' })
    .describe('Shell command run in the repository root to validate a version before it enters production. ' +
    'It gets MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_STAGE, MODEL_TARGET_STAGE and MODEL_STAGES_MANIFEST ' +
    'in its environment; exit code 0 means it passed.');
const VersionEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    stage: StageSchema,
    uri: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where the model artifact lives (s3://, gs://, hf://, a path…).').optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Free text about this version.').optional(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig({ error: 'a metric must be a number' }))
        .describe('Metric name → number.')
        .optional(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).describe('Free-form map.').optional()
})
    .describe('One version of a model.');
const ModelSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    validate: ValidateCommandSchema.optional(),
    versions: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(VersionStringSchema, VersionEntrySchema)
        .default(() => ({}))
        .describe('Versions keyed by their version string, in the order written (newest last). A model may be declared before its first version.')
})
    .describe('A model and its versions.');
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1, { error: 'the manifest format version must be 1' })
        .describe('Manifest format version.'),
    defaults: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ validate: ValidateCommandSchema.optional() })
        .describe('Settings used when a model has none of its own.')
        .optional(),
    models: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(ModelNameSchema, ModelSchema).describe('Models keyed by name.')
})
    .describe('model-stages manifest: the lifecycle stage of every model version.');
function manifestJsonSchema() {
    const generated = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12', io: 'input' });
    return { ...generated, title: 'model-stages manifest' };
}


/***/ }),

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* unused harmony export changedLineCount */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 })
        .split('\n')
        .filter(line => !line.startsWith('====='))
        .map(line => line.replace(/\t$/, ''))
        .join('\n');
}
/** Lines removed plus lines added. */
function changedLineCount(before, after) {
    return structuredPatch('a', 'b', before, after, '', '', { context: 0 })
        .hunks.flatMap(hunk => hunk.lines)
        .filter(line => line.startsWith('-') || line.startsWith('+')).length;
}


/***/ })

};
