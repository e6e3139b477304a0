export const id = 407;
export const ids = [407];
export const modules = {

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

/***/ 2564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ loadMoveHistory)
/* harmony export */ });
/* harmony import */ var _adapters_manifest_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9789);
/* harmony import */ var _stages_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1959);
/* harmony import */ var _stages_soak_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2633);



/**
 * The history of the manifest up to `revision`, plus `uncommitted` (the work tree's text) when given;
 * undefined outside git or before the manifest's first commit.
 */
async function loadMoveHistory(workspace, revision = 'HEAD', uncommitted) {
    if (!workspace.git)
        return undefined;
    const history = await (0,_adapters_manifest_history_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifestHistory */ .S)(workspace.git, workspace.manifestName, revision, uncommitted);
    if (history.revisions === 0)
        return undefined;
    const { entries, committedAt } = history;
    return {
        rollback: model => ({ formerIn: stage => (0,_stages_history_js__WEBPACK_IMPORTED_MODULE_2__/* .formerVersionsIn */ .w)(entries, model, stage) }),
        enteredStage: (model, version, stage) => (0,_stages_soak_js__WEBPACK_IMPORTED_MODULE_1__/* .stageEntry */ .RX)(entries, committedAt, model, version, stage)
    };
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ prepareMove)
});

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
        const local = changeSplices(view.manifest, change);
        return local.map(splice => ({
            ...splice,
            start: splice.start + view.offset,
            end: splice.end + view.offset
        }));
    });
    return applySplices(manifest.text, splices);
}
function changeSplices(manifest, change) {
    switch (change.kind) {
        case 'set-stage':
            return [stageSplice(manifest, change.model, change.version, change.stage)];
        case 'set-metrics':
            return [metricsSplice(manifest, change.model, change.version, change.metrics)];
        case 'set-blocked':
            return [blockedSplice(manifest, change.model, change.version, change.reason)];
        case 'add-version':
            return addVersionSplices(manifest, change.model, change.version, change.entry);
    }
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
/** A version's `blocked:` reason: its value replaced, an entry added after the last, or (null) its entry removed. */
function blockedSplice(manifest, model, version, reason) {
    const entry = (0,nodes/* locate */.x5)(manifest.doc.contents, ['models', model, 'versions', version]).value;
    if (!(0,dist/* isMap */.jh)(entry))
        throw new UneditableLayoutError(`cannot find ${model} ${version} in ${manifest.file}`);
    const pair = (0,nodes/* findPair */.c6)(entry, 'blocked');
    const key = pair?.key;
    const value = pair?.value;
    if (pair && key?.range && value?.range) {
        if (reason !== null)
            return {
                start: value.range[0],
                end: value.range[1],
                text: (0,dist/* isScalar */.jn)(value) ? quoteLike(value, reason) : plainOrQuoted(reason)
            };
        return entry.flow ? flowRemove(manifest, key.range[0], value.range[1]) : lineRemove(manifest, key, value);
    }
    if (reason === null)
        throw new UneditableLayoutError(`${model} ${version} is not blocked in ${manifest.file}`);
    const line = `blocked: ${plainOrQuoted(reason)}`;
    if (entry.flow)
        return flowInsert(manifest, entry, line);
    const indent = indentOf(manifest, entry.items[0]?.key) ?? 0;
    const { offset, prefix } = afterLastEntry(manifest, entry);
    return blockSplice(manifest, offset, prefix, [line], indent);
}
/** A block map's entry removed whole: the lines from its key to the end of its value. */
function lineRemove(manifest, key, value) {
    const text = manifest.text;
    const start = lineStart(text, key.range?.[0] ?? 0);
    const newline = text.indexOf('\n', Math.max((value.range?.[1] ?? 0) - 1, 0));
    return { start, end: newline === -1 ? text.length : newline + 1, text: '' };
}
/** A flow map's entry removed with the comma that joins it to its neighbours. */
function flowRemove(manifest, start, end) {
    const text = manifest.text;
    const before = text.slice(0, start).trimEnd();
    if (before.endsWith(','))
        return { start: before.length - 1, end, text: '' };
    const after = /^\s*,\s*/.exec(text.slice(end));
    return { start, end: end + (after?.[0].length ?? 0), text: '' };
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
    if (entry.digest !== undefined)
        lines.push(`digest: ${plainOrQuoted(entry.digest)}`);
    if (entry.description !== undefined)
        lines.push(`description: ${plainOrQuoted(entry.description)}`);
    if (entry.blocked !== undefined)
        lines.push(`blocked: ${plainOrQuoted(entry.blocked)}`);
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
// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/stages/freezes.ts
var freezes = __webpack_require__(7427);
// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
// EXTERNAL MODULE: ./src/commands/move-history.ts
var move_history = __webpack_require__(2564);
// EXTERNAL MODULE: ./src/commands/digest.ts + 1 modules
var digest = __webpack_require__(2781);
// EXTERNAL MODULE: ./src/commands/moves.ts + 1 modules
var moves = __webpack_require__(438);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
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
    const readHistory = () => (history ??= (0,move_history/* loadMoveHistory */.M)(workspace, options.revision ?? 'HEAD', options.uncommitted ? text : undefined));
    const rollback = command === 'rollback' || (command === 'block' && args.rollback)
        ? (await readHistory())?.rollback(args.model)
        : undefined;
    const plan = (0,moves/* planMove */.Xk)(command, manifest.data, await withDigest(workspace, manifest, command, args), rollback);
    const base = { command, manifest, plan, newText: text, changed: false };
    if (plan.transitions.length === 0 && plan.changes.length === 0)
        return { ...base, verdict: 'skipped' };
    const requested = plan.transitions.find(transition => transition.cause === 'requested');
    const candidate = requested?.version ?? plan.version;
    const move = {
        model: plan.model,
        version: candidate,
        from: requested?.from ?? null,
        to: requested?.to ?? null
    };
    const now = options.now ?? new Date();
    const facts = {
        move,
        pipeline,
        now,
        ...(options.force !== undefined ? { overrideReason: options.force } : {})
    };
    const blocked = manifest.data.models[plan.model]?.versions.get(candidate)?.blocked;
    if (blocked !== undefined)
        facts.blocked = blocked;
    if (move.to !== null)
        facts.freezes = (0,freezes/* openFreezes */.lB)(manifest.data, plan.model, move.to, now);
    if ((0,stages_admission/* soakApplies */.HJ)(pipeline, (0,rules/* legalOperation */.dN)(move.from, move.to, pipeline), move.to))
        facts.entered = (await readHistory())?.enteredStage(plan.model, candidate, move.from ?? '');
    if (rollback && move.to !== null)
        facts.formerlyIn = rollback.formerIn(move.to);
    const refuseEarly = () => {
        const refused = (0,stages_admission/* refusedBeforeValidation */.HI)((0,stages_admission/* judgeAdmission */.J6)(facts));
        if (refused.length > 0)
            throw new errors/* RefusedError */.fk(`${plan.model} ${refused.map(refusal => refusal.message).join('; ')}`);
    };
    if (requested)
        refuseEarly();
    if (!plan.needsValidation) {
        const newText = unsecret(await rewriteManifest(manifest, plan.changes, plan.result), text);
        return { ...base, verdict: 'skipped', newText, changed: newText !== text };
    }
    if (options.stopBeforeValidation)
        return { ...base, verdict: 'skipped' };
    const current = (0,queries/* productionVersion */.ix)(manifest.data, plan.model);
    const champion = current === undefined ? undefined : manifest.data.models[plan.model]?.versions.get(current);
    const production = current === undefined ? undefined : { version: current, uri: champion?.uri, metrics: champion?.metrics };
    const entry = manifest.data.models[plan.model]?.versions.get(candidate);
    const subject = {
        model: plan.model,
        version: candidate,
        uri: entry?.uri,
        stage: move.from ?? '',
        target: move.to ?? ''
    };
    // The bytes validated are the bytes recorded: taken again (or where a gathered result was validated).
    if (entry?.digest && !reusableValidation(options.earlier, plan, current)) {
        const now = options.measured
            ? options.measured.digest
            : (await (0,digest/* takeDigest */.G)(workspace, manifest.data, subject, options.validation.timeoutSeconds)).digest;
        facts.digest = {
            recorded: entry.digest,
            ...(now ? { now } : {}),
            ...(entry.uri ? { uri: entry.uri } : {})
        };
        refuseEarly();
    }
    const validation = reusableValidation(options.earlier, plan, current) ??
        (options.measured
            ? await (0,validate/* judgeMeasurement */.cT)(manifest.data, subject, options.measured, production)
            : await (0,validate/* validateForStage */._M)(workspace, manifest.data, subject, options.validation, production));
    const admission = (0,stages_admission/* judgeAdmission */.J6)({ ...facts, validation });
    const judged = { ...base, admission, verdict: (0,stages_admission/* validationVerdict */.lL)(admission), baselineVersion: current };
    if (!admission.admitted)
        return judged;
    const recorded = plan.changes.length > 0 ? withMeasuredMetrics(plan, candidate, entry?.metrics, validation.measured) : plan;
    const newText = unsecret(await rewriteManifest(manifest, recorded.changes, recorded.result), text);
    return { ...judged, plan: recorded, newText, changed: newText !== text };
}
/** register: the digest given, else taken when model-stages can take it (a local path, http(s), a digest command). */
async function withDigest(workspace, manifest, command, args) {
    if (command !== 'register' || args.digest !== undefined || !args.uri || !args.version)
        return args;
    if (manifest.data.models[args.model]?.versions.has(args.version))
        return args;
    if (!(0,digest/* canDigest */.T)(workspace, manifest.data, args.model, args.uri))
        return args;
    const subject = { model: args.model, version: args.version, uri: args.uri, stage: '', target: '' };
    return { ...args, digest: (await (0,digest/* takeDigest */.G)(workspace, manifest.data, subject)).digest };
}
/** A re-plan (the branch moved) keeps the earlier run of the same version while production is still the same. */
function reusableValidation(earlier, plan, production) {
    const validation = earlier?.admission?.validation;
    const same = earlier?.plan.model === plan.model &&
        earlier.plan.version === plan.version &&
        earlier.plan.operation === plan.operation &&
        earlier.baselineVersion === production;
    return same && validation?.state === 'ran' ? validation : undefined;
}
/** The manifest as it would be written, unless the change puts a secret of this run into it: then nothing is. */
function unsecret(newText, text) {
    if ((0,secrets/* holdsSecret */.hK)(newText) && !(0,secrets/* holdsSecret */.hK)(text))
        throw new errors/* RefusedError */.fk('the change would write a secret of this run into the manifest; nothing was written');
    return newText;
}
/** The plan plus the metrics the candidate measured, recorded with it in the same change when they are new. */
function withMeasuredMetrics(plan, version, recorded, measured) {
    if (!measured || Object.keys(measured).length === 0)
        return plan;
    const metrics = { ...recorded, ...measured };
    if ((0,external_node_util_.isDeepStrictEqual)(metrics, recorded))
        return plan;
    const model = plan.result.models[plan.model];
    const entry = model?.versions.get(version);
    if (!model || !entry)
        return plan;
    return {
        ...plan,
        changes: [...plan.changes, { kind: 'set-metrics', model: plan.model, version, metrics }],
        result: {
            ...plan.result,
            models: {
                ...plan.result.models,
                [plan.model]: {
                    ...model,
                    versions: new Map(model.versions).set(version, { ...entry, metrics })
                }
            }
        }
    };
}


/***/ }),

/***/ 5328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ve: () => (/* binding */ keyString),
/* harmony export */   c6: () => (/* binding */ findPair),
/* harmony export */   f: () => (/* binding */ nodeStart),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** The string a map key stands for, as the parsed data sees it. */
function keyString(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return key.value === null ? undefined : String(key.value);
    return undefined;
}
function findPair(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    return map.items.find(pair => keyString(pair.key) === key);
}
/** Walks a path of map keys down from `root`, keeping the deepest node reached. */
function locate(root, path) {
    let current = root;
    let located = { value: root ?? undefined, nearest: root ?? undefined };
    for (const segment of path) {
        if (typeof segment === 'number' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current)) {
            const item = current.items[segment];
            if (item === undefined)
                return { nearest: located.value ?? located.key ?? located.nearest };
            current = item;
            located = { value: item ?? undefined, nearest: item ?? located.nearest };
            continue;
        }
        const pair = findPair(current, String(segment));
        if (!pair)
            return { nearest: located.value ?? located.key ?? located.nearest };
        current = pair.value;
        located = { key: pair.key, value: pair.value ?? undefined, nearest: pair.value ?? pair.key };
    }
    return located;
}
function nodeStart(node) {
    return node?.range?.[0];
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


/***/ })

};
