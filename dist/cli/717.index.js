export const id = 717;
export const ids = [717];
export const modules = {

/***/ 4717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/commands/digest.ts + 1 modules
var commands_digest = __webpack_require__(2781);
;// CONCATENATED MODULE: ./src/commands/verify.ts



/** The stages verify looks at: those named, else every exclusive stage (what is served). */
function verifiedStages(data, stages) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    if (!stages || stages.length === 0)
        return pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name);
    const known = (0,stages_pipeline/* stageNames */.hL)(pipeline);
    for (const stage of stages)
        if (!known.includes(stage))
            throw new errors/* InputError */.dz(`unknown stage ${stage}: the stages are ${known.join(', ')}`);
    return [...stages];
}
/**
 * Takes again the digest of every version in the given stages (of every model, or MODEL's) and compares it with
 * the one recorded: the bytes served are the bytes that were validated, or the drift is named.
 */
async function verifyDigests(workspace, data, model, stages) {
    if (model !== undefined && !data.models[model])
        throw new errors/* InputError */.dz(`unknown model ${model}`);
    const looked = verifiedStages(data, stages);
    const verified = [];
    for (const name of model === undefined ? Object.keys(data.models) : [model]) {
        for (const [version, entry] of data.models[name]?.versions ?? []) {
            if (!looked.includes(entry.stage))
                continue;
            const base = {
                model: name,
                version,
                stage: entry.stage,
                uri: entry.uri ?? null,
                recorded: entry.digest ?? null
            };
            if (!entry.digest) {
                verified.push({ ...base, now: null, status: 'unrecorded' });
                continue;
            }
            try {
                const subject = { model: name, version, uri: entry.uri, stage: entry.stage, target: entry.stage };
                const { digest } = await (0,commands_digest/* takeDigest */.G)(workspace, data, subject);
                verified.push({ ...base, now: digest, status: digest === entry.digest ? 'ok' : 'drift' });
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                verified.push({ ...base, now: null, status: 'unreadable', error: message });
            }
        }
    }
    return verified;
}
/** Whether verify fails: a digest that differs, or one that could not be taken. */
function verifyFailed(verified) {
    return verified.some(entry => entry.status === 'drift' || entry.status === 'unreadable');
}

// EXTERNAL MODULE: ./src/commands/workspace.ts
var commands_workspace = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
;// CONCATENATED MODULE: ./src/reporting/verify.ts

const SHOWN = {
    ok: '✅ same bytes',
    drift: '❌ drift',
    unreadable: '❌ cannot be read',
    unrecorded: '— no digest recorded'
};
/** The verify table, as the job summary shows it. */
function verifyMarkdown(verified) {
    if (verified.length === 0)
        return 'No version in those stages.';
    return markdownTable(['Model', 'Version', 'Stage', 'Recorded', 'Now', 'Result'], verified.map(entry => [
        entry.model,
        `\`${entry.version}\``,
        entry.stage,
        entry.recorded ? `\`${entry.recorded.slice(0, 19)}…\`` : '—',
        entry.now ? `\`${entry.now.slice(0, 19)}…\`` : '—',
        entry.error ? `${SHOWN[entry.status]}: ${entry.error}` : SHOWN[entry.status]
    ]));
}
/** One line per version, as the CLI prints it. */
function verifyText(verified) {
    if (verified.length === 0)
        return 'No version in those stages.\n';
    return (verified
        .map(entry => {
        const where = `${entry.model} ${entry.version} (${entry.stage})`;
        if (entry.status === 'ok')
            return `${where}: same bytes, ${entry.now}`;
        if (entry.status === 'drift')
            return `${where}: DRIFT: recorded ${entry.recorded}, now ${entry.now}`;
        if (entry.status === 'unreadable')
            return `${where}: cannot be read: ${entry.error}`;
        return `${where}: no digest recorded`;
    })
        .join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(4871);
;// CONCATENATED MODULE: ./src/cli/handlers/verify.ts





/** Takes the digests of what is served again; exit 1 on drift. */
async function runVerifyCommand(context) {
    const { workspace, request } = context;
    const data = await (0,read/* readManifest */.WI)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName);
    const verified = await verifyDigests(workspace, data, request.model, request.stages);
    const failed = verifyFailed(verified);
    (0,output/* print */.yy)(context.io, context.json, { drift: failed, verified }, () => verifyText(verified));
    return failed ? output/* EXIT_REFUSED */.MY : output/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 1093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports markdownTable, transitionRows, codeBlock, outputTailBlock */
/* harmony import */ var _stages_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4128);

function escapeCell(text) {
    return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function transitionRows(transitions) {
    return transitions.map(t => [
        t.model,
        `\`${t.version}\``,
        stageMove(t.from, t.to),
        t.cause === 'replaced' ? 'replaced by the promotion' : 'requested'
    ]);
}
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
}
/** Inline code that a backtick inside `text` cannot end early. */
function inlineCode(text) {
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replaceAll('\n', ' ')}${pad}${fence}`;
}
/**
 * A code block that nothing in `text` can close: its fence is longer than the longest run of backticks in it
 * (a tilde run cannot close a backtick fence).
 */
function codeBlock(text, language = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${language}\n${text}\n${fence}`;
}
function outputTailBlock(validation) {
    if (!validation || !validation.tail)
        return '';
    return `<details><summary>Validation output (last lines)</summary>\n\n${codeBlock(validation.tail)}\n</details>`;
}


/***/ }),

/***/ 2225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ isExclusive),
/* harmony export */   Jb: () => (/* binding */ stageIndex),
/* harmony export */   Mw: () => (/* binding */ isGuard),
/* harmony export */   TX: () => (/* binding */ lastStage),
/* harmony export */   Wc: () => (/* binding */ pipelineText),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aJ: () => (/* binding */ stageSpec),
/* harmony export */   d8: () => (/* binding */ firstStage),
/* harmony export */   gQ: () => (/* binding */ pipelineOf),
/* harmony export */   hL: () => (/* binding */ stageNames),
/* harmony export */   mz: () => (/* binding */ nextStage),
/* harmony export */   nF: () => (/* binding */ DEFAULT_PIPELINE)
/* harmony export */ });
/* unused harmony exports durationSeconds, landingsOf */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6629);

/** A manifest without `stages:`: staging → production, production exclusive. */
const DEFAULT_PIPELINE = {
    stages: [
        { name: 'staging', exclusive: false },
        { name: 'production', exclusive: true }
    ]
};
const UNIT_SECONDS = { m: 60, h: 3600, d: 86_400 };
/** `30m`, `24h`, `7d` in seconds; undefined for anything else. */
function durationSeconds(text) {
    const match = /^([1-9]\d*)(m|h|d)$/.exec(text);
    if (!match)
        return undefined;
    return Number(match[1]) * UNIT_SECONDS[match[2]];
}
/** "20h 50m", "3d 4h", "45s": the two largest units, whole seconds down, for a person reading a refusal. */
function formatDuration(seconds) {
    const whole = Math.max(0, Math.floor(seconds));
    const parts = [];
    const days = Math.floor(whole / 86_400);
    const hours = Math.floor((whole % 86_400) / 3600);
    const minutes = Math.floor((whole % 3600) / 60);
    if (days > 0)
        parts.push(`${days}d`);
    if (hours > 0)
        parts.push(`${hours}h`);
    if (minutes > 0)
        parts.push(`${minutes}m`);
    if (parts.length === 0)
        return `${whole}s`;
    return parts.slice(0, 2).join(' ');
}
function specOf(declaration) {
    const spec = { name: declaration.name, exclusive: declaration.exclusive === true };
    if (declaration.validate !== undefined)
        spec.validate = declaration.validate;
    if (declaration.soak !== undefined) {
        spec.soak = declaration.soak;
        spec.soakSeconds = durationSeconds(declaration.soak);
    }
    if (declaration.environment !== undefined)
        spec.environment = declaration.environment;
    if (declaration.gates !== undefined && Object.keys(declaration.gates).length > 0)
        spec.gates = declaration.gates;
    return spec;
}
function pipelineOf(data) {
    return data.stages ? { stages: data.stages.map(specOf) } : DEFAULT_PIPELINE;
}
function firstStage(pipeline) {
    return pipeline.stages[0];
}
/** Where the live version is: the stage `production-version` and the metric gates' champion speak of. */
function lastStage(pipeline) {
    return pipeline.stages[pipeline.stages.length - 1];
}
function stageSpec(pipeline, name) {
    return pipeline.stages.find(stage => stage.name === name);
}
function stageIndex(pipeline, name) {
    return pipeline.stages.findIndex(stage => stage.name === name);
}
/** The stage after `name`; undefined for the last stage, archived or an unknown one. */
function nextStage(pipeline, name) {
    const index = stageIndex(pipeline, name);
    return index === -1 ? undefined : pipeline.stages[index + 1];
}
/** Every name a version's stage may take: the declared stages and archived. */
function stageNames(pipeline) {
    return [...pipeline.stages.map(stage => stage.name), _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHIVED */ .Ts];
}
function isExclusive(pipeline, name) {
    return stageSpec(pipeline, name)?.exclusive === true;
}
/** A stage that must not be passed over by a promotion to a later one: it holds a guard of its own. */
function isGuard(stage) {
    return (stage.exclusive || stage.soak !== undefined || stage.validate !== undefined || stage.gates !== undefined);
}
/** "staging → canary → production" */
function pipelineText(pipeline) {
    return pipeline.stages.map(stage => stage.name).join(' → ');
}
/** The moves into stages that have an `environment`, in the order given. */
function landingsOf(pipeline, changes) {
    const last = lastStage(pipeline).name;
    return changes.flatMap(change => {
        const environment = stageSpec(pipeline, change.to)?.environment;
        if (environment === undefined || change.to === null)
            return [];
        return [
            {
                model: change.model,
                version: change.version,
                stage: change.to,
                environment,
                production: change.to === last
            }
        ];
    });
}


/***/ }),

/***/ 4128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ illegalMoveMessage),
/* harmony export */   Su: () => (/* binding */ stageMove),
/* harmony export */   dN: () => (/* binding */ legalOperation)
/* harmony export */ });
/* unused harmony exports legalMoves, LEGAL_MOVES, stageName */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);


/**
 * Every legal move of a pipeline and the operation that makes it; anything not listed is refused. register enters
 * the first stage; promote goes forward, past a stage only when it holds no guard of its own; any stage can be
 * archived; restore brings an archived version back to the first stage; rollback returns it to an exclusive stage.
 */
function movesOf(pipeline) {
    const stages = pipeline.stages;
    const first = stages[0]?.name ?? '';
    const moves = [{ from: null, to: first, operation: 'register' }];
    stages.forEach((stage, index) => {
        for (let target = index + 1; target < stages.length; target++) {
            moves.push({ from: stage.name, to: stages[target]?.name ?? '', operation: 'promote' });
            const passed = stages[target];
            if (passed && (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .isGuard */ .Mw)(passed))
                break;
        }
        moves.push({ from: stage.name, to: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts, operation: 'archive' });
    });
    moves.push({ from: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts, to: first, operation: 'restore' });
    for (const stage of stages)
        if (stage.exclusive)
            moves.push({ from: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts, to: stage.name, operation: 'rollback' });
    return moves;
}
const cache = new WeakMap();
function legalMoves(pipeline = _pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PIPELINE */ .nF) {
    let moves = cache.get(pipeline);
    if (!moves) {
        moves = movesOf(pipeline);
        cache.set(pipeline, moves);
    }
    return moves;
}
/** The legal moves of a manifest without `stages:`. */
const LEGAL_MOVES = legalMoves(_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PIPELINE */ .nF);
function stageName(stage) {
    return stage ?? 'unregistered';
}
/** "staging → production": the one spelling of a move between stages ("removed" for a version deleted by hand). */
function stageMove(from, to, arrow = '→') {
    return `${stageName(from)} ${arrow} ${to ?? 'removed'}`;
}
function legalOperation(from, to, pipeline = _pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PIPELINE */ .nF) {
    return legalMoves(pipeline).find(move => move.from === from && move.to === to)?.operation;
}
function legalMovesFrom(from, pipeline) {
    const moves = legalMoves(pipeline).filter(move => move.from === from);
    if (moves.length === 0)
        return 'none';
    return moves.map(move => `${move.operation} (→ ${move.to})`).join(', ');
}
/** "production → staging is not allowed; from production the legal moves are: archive (→ archived)" */
function illegalMoveMessage(from, to, pipeline = _pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PIPELINE */ .nF) {
    const removal = to === null ? ' (versions are archived, never deleted: git history is the archive)' : '';
    return `${stageMove(from, to)} is not allowed${removal}; from ${stageName(from)} the legal moves are: ${legalMovesFrom(from, pipeline)}`;
}


/***/ })

};
