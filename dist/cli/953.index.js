export const id = 953;
export const ids = [953];
export const modules = {

/***/ 4465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ transitionText),
/* harmony export */   JJ: () => (/* binding */ validationSentence),
/* harmony export */   KS: () => (/* binding */ planTitle),
/* harmony export */   Ub: () => (/* binding */ MOVE_TRAILER),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   uP: () => (/* binding */ archivedBy),
/* harmony export */   xo: () => (/* binding */ gatheredCommitMessage),
/* harmony export */   yz: () => (/* binding */ outcomeSentence)
/* harmony export */ });
/* unused harmony exports BLOCK_TRAILER, UNBLOCK_TRAILER */
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3194);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2225);
/* harmony import */ var _stages_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4128);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5618);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1093);
/* harmony import */ var _override_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2828);






/** The trailer that records each transition a commit makes: `Model-Stage: churn@1.5.0 staging -> production`. */
const MOVE_TRAILER = 'Model-Stage';
/** The stage the requested move goes to. */
function targetOf(plan) {
    return plan.transitions.find(t => t.cause === 'requested')?.to ?? '';
}
/** "block 1.5.0 and roll back production to 1.4.0" */
function blockVerb(plan) {
    const back = plan.transitions.find(t => t.cause === 'requested');
    return back ? `block ${plan.version} and roll back ${back.to} to ${back.version}` : `block ${plan.version}`;
}
const VERBS = {
    block: blockVerb,
    unblock: plan => `unblock ${plan.version}`,
    register: plan => `register ${plan.version} in ${targetOf(plan)}`,
    promote: plan => `promote ${plan.version} to ${targetOf(plan)}`,
    archive: plan => `archive ${plan.version}`,
    restore: plan => `restore ${plan.version} to ${targetOf(plan)}`,
    rollback: plan => targetOf(plan) === (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .lastStage */ .TX)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineOf */ .gQ)(plan.result)).name
        ? `roll back to ${plan.version}`
        : `roll back ${targetOf(plan)} to ${plan.version}`
};
function archivedBy(plan) {
    return plan.transitions.filter(t => t.cause === 'replaced' && t.to === 'archived').map(t => t.version);
}
/** "churn-classifier: promote 1.5.0 to production (archives 1.4.0)" */
function planTitle(plan) {
    const archived = plan.operation === 'block' ? [] : archivedBy(plan);
    const tail = archived.length > 0 ? ` (archives ${archived.join(', ')})` : '';
    return `${plan.model}: ${VERBS[plan.operation](plan)}${tail}`;
}
/** "churn-classifier@1.5.0 staging -> production": the form of the Model-Stage trailer. */
function transitionText(transition) {
    return `${transition.model}@${transition.version} ${(0,_stages_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .stageMove */ .Su)(transition.from, transition.to, '->')}`;
}
function validationSentence(validation) {
    if (!validation)
        return 'No validation needed: no version is promoted.';
    const seconds = (validation.durationMs / 1000).toFixed(1);
    if (validation.status === 'passed')
        return `Validation passed: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(validation.command)} exited 0 in ${seconds} s.`;
    if (validation.status === 'timed-out')
        return `Validation timed out: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(validation.command)} was stopped after ${seconds} s.`;
    const how = validation.exitCode !== null ? `exited ${validation.exitCode}` : `was killed by ${validation.signal}`;
    return `Validation failed: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(validation.command)} ${how} after ${seconds} s.`;
}
/** The validation sentence, and why the version still does not enter beyond its command's exit (metrics, gates). */
function outcomeSentence(admission) {
    const sentence = validationSentence((0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .validationResult */ .Vh)(admission));
    const reasons = (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .refusalReasons */ .u_)(admission);
    return reasons.length > 0 ? `${sentence} It does not pass: ${reasons.join('; ')}.` : sentence;
}
/** The commit of an admitted move; an override is recorded in its body and as a trailer. */
/** The trailer a commit carries to record a version blocked, with its reason (`model@version: reason`). */
const BLOCK_TRAILER = 'Model-Stage-Block';
/** The trailer a commit carries to record a version unblocked (`model@version`). */
const UNBLOCK_TRAILER = 'Model-Stage-Unblock';
function blockTrailers(plan) {
    if (!plan.block)
        return [];
    const subject = `${plan.model}@${plan.block.version}`;
    return plan.block.reason === null
        ? [`${UNBLOCK_TRAILER}: ${subject}`]
        : [`${BLOCK_TRAILER}: ${subject}: ${plan.block.reason}`];
}
/** What a change that moves no version says in its body. */
function blockSentence(plan) {
    if (!plan.block)
        return undefined;
    return plan.block.reason === null
        ? `${plan.version} may enter stages again.`
        : `${plan.version} is blocked: ${plan.block.reason}. It may enter no stage but archived.`;
}
function commitMessage(plan, admission, context = {}) {
    const gates = admission?.gates ?? [];
    const override = admission?.override;
    const validation = (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .validationResult */ .Vh)(admission);
    const blocking = blockSentence(plan);
    const body = [
        ...(blocking ? [blocking] : []),
        ...(validation || !blocking ? [validationSentence(validation)] : [])
    ];
    if (gates.length > 0)
        body.push(`Metric gates:\n${(0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gatesText */ .k)(gates)
            .map(line => `  ${line}`)
            .join('\n')}`);
    if (context.requestedBy || context.reason) {
        body.push([context.requestedBy && `Requested by ${context.requestedBy}`, context.reason]
            .filter(Boolean)
            .join(': ') + '.');
    }
    body.push(...(override ? [(0,_override_js__WEBPACK_IMPORTED_MODULE_5__/* .overrideLines */ .O)(override).join('\n')] : []));
    const trailers = plan.transitions.map(t => `${MOVE_TRAILER}: ${transitionText(t)}`);
    trailers.push(...blockTrailers(plan));
    if (override)
        trailers.push(`${_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_TRAILER */ .h0}: ${override.reason}`);
    return `${planTitle(plan)}\n\n${body.join('\n')}\n\n${trailers.join('\n')}\n`;
}
/**
 * One commit for every promotion an evaluation gathered: a title that names them, each one's validation and gates,
 * and every transition as a trailer, as a commit of one move has them.
 */
function gatheredCommitMessage(moves, context = {}) {
    const [only] = moves;
    if (moves.length === 1 && only)
        return commitMessage(only.plan, only.admission, context);
    const named = moves.map(move => `${move.plan.model} ${move.plan.version}`).join(', ');
    const title = named.length <= 60 ? `evaluate: promote ${named}` : `evaluate: promote ${moves.length} versions`;
    const sections = moves.map(move => {
        const gates = move.admission?.gates ?? [];
        const lines = [planTitle(move.plan), `  ${validationSentence((0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .validationResult */ .Vh)(move.admission))}`];
        if (gates.length > 0)
            lines.push(...(0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gatesText */ .k)(gates).map(line => `    ${line}`));
        return lines.join('\n');
    });
    const requested = [context.requestedBy && `Requested by ${context.requestedBy}`, context.reason]
        .filter(Boolean)
        .join(': ');
    const trailers = moves.flatMap(move => move.plan.transitions.map(t => `${MOVE_TRAILER}: ${transitionText(t)}`));
    return `${title}\n\n${sections.join('\n\n')}${requested ? `\n\n${requested}.` : ''}\n\n${trailers.join('\n')}\n`;
}


/***/ }),

/***/ 5618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ gatesText)
/* harmony export */ });
/* unused harmony export gatesMarkdown */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1093);

function formatted(value) {
    return value === null ? '—' : String(Number(value.toPrecision(10)));
}
/** candidate − production, and the relative change: "+0.0200 (+2.2%)". */
function change(result) {
    if (result.candidate === null || result.baseline === null)
        return '—';
    const delta = result.candidate - result.baseline;
    const sign = delta >= 0 ? '+' : '';
    const relative = result.baseline !== 0 ? ` (${sign}${((delta / Math.abs(result.baseline)) * 100).toFixed(1)}%)` : '';
    return `${sign}${Number(delta.toPrecision(6))}${relative}`;
}
function verdict(result) {
    return `${result.passed ? '✅ pass' : '❌ fail'}${result.note ? `: ${result.note}` : ''}`;
}
/** The gate table every report shows: metric | candidate | production | change | rule | verdict. */
function gatesMarkdown(results) {
    if (results.length === 0)
        return '';
    return markdownTable(['Metric', 'Candidate', 'Production', 'Change', 'Rule', 'Verdict'], results.map(result => [
        result.metric,
        formatted(result.candidate),
        formatted(result.baseline),
        change(result),
        result.rule,
        verdict(result)
    ]));
}
/** The compact form for commit messages and the CLI: one line per rule. */
function gatesText(results) {
    return results.map(result => `${result.metric} ${formatted(result.candidate)} vs ${formatted(result.baseline)}: ${result.rule} ${result.passed ? 'passed' : 'failed'}${result.note ? ` (${result.note})` : ''}`);
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

/***/ 2828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ overrideLines)
/* harmony export */ });
/* unused harmony export overrideMarkdown */
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3194);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1093);


/** For the CLI and commit messages: "Override: <reason>" and one line per guard it let through. */
function overrideLines(override) {
    if (!override)
        return [];
    return [`Override: ${override.reason}`, ...override.bypassed.map(item => `  overrode ${item}`)];
}
/** For summaries, pull request bodies and review comments. */
function overrideMarkdown(override) {
    if (!override)
        return '';
    const items = override.bypassed.map(item => `- overrode ${inlineCode(item)}`).join('\n');
    return `**⚠️ Override** (recorded as a \`${OVERRIDE_TRAILER}\` trailer): ${inlineCode(override.reason)}\n\n${items}`;
}


/***/ }),

/***/ 3194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ refusedBeforeValidation),
/* harmony export */   HJ: () => (/* binding */ soakApplies),
/* harmony export */   J6: () => (/* binding */ judgeAdmission),
/* harmony export */   Vh: () => (/* binding */ validationResult),
/* harmony export */   h0: () => (/* binding */ OVERRIDE_TRAILER),
/* harmony export */   lL: () => (/* binding */ validationVerdict),
/* harmony export */   q9: () => (/* binding */ needsHistory),
/* harmony export */   qq: () => (/* binding */ failedGates),
/* harmony export */   u_: () => (/* binding */ refusalReasons),
/* harmony export */   xo: () => (/* binding */ needsValidation)
/* harmony export */ });
/* unused harmony export GUARDS */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6629);
/* harmony import */ var _freezes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7427);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2225);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4128);
/* harmony import */ var _soak_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2633);





/**
 * May this version enter this stage? Every front door, move, review and report asks here and nowhere else.
 *
 * Each guard is one kind of refusal, judged from facts its caller gathered (history, validation runs): this module
 * reads no git and runs nothing. A guard joins by adding its kind to `GUARDS` (whether a reason may override it,
 * and whether it is judged before validation runs), its facts to `AdmissionFacts` and its judgement to `judges`.
 */
const GUARDS = {
    /** The pipeline's rule table: the move must be one of its legal moves. */
    'legal-move': { overridable: false, beforeValidation: true },
    /** A blocked version never serves again: it may only be archived. */
    blocked: { overridable: false, beforeValidation: true },
    /** A freeze window open now keeps versions out of its stages. */
    freeze: { overridable: true, beforeValidation: true },
    /** A rollback returns a version only to a stage it served in before. */
    'never-was-in': { overridable: false, beforeValidation: true },
    /** The time a version must spend in the stage before the target. */
    soak: { overridable: true, beforeValidation: true },
    /** The artifact is the one recorded: its digest, taken again, is the manifest's. */
    digest: { overridable: false, beforeValidation: true },
    /** The validation command: it must have run and passed, and what it measured must be readable. */
    validation: { overridable: false, beforeValidation: false },
    /** The metric gates of the target stage. */
    gates: { overridable: true, beforeValidation: false }
};
/** The trailer a commit carries to record an override (soak, gates) and its reason. */
const OVERRIDE_TRAILER = 'Model-Stage-Override';
/** A version entering a stage this way must pass that stage's validation first. */
function needsValidation(operation) {
    return operation === 'promote' || operation === 'rollback';
}
/** The soak is judged for a promotion into a stage that asks for one (a rollback returns to a stage it served in). */
function soakApplies(pipeline, operation, to) {
    return operation === 'promote' && (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .stageSpec */ .aJ)(pipeline, to)?.soakSeconds !== undefined;
}
/** Whether judging the move needs the manifest's history: the rollback rule, or a soak. */
function needsHistory(pipeline, move) {
    const operation = (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .legalOperation */ .dN)(move.from, move.to, pipeline);
    return operation === 'rollback' || soakApplies(pipeline, operation, move.to);
}
/** "metric gate: auc max_regression 0.01 (needs ≥ 0.9)": one failed rule, as an override records it. */
function gateRuleText(rule) {
    return `${rule.metric} ${rule.rule}${rule.note ? ` (${rule.note})` : ''}`;
}
function validationRefusal(facts) {
    switch (facts.state) {
        case 'no-command':
            return { guard: 'validation', cause: 'no-command', message: facts.reason };
        case 'not-run':
            return { guard: 'validation', cause: 'not-run', message: `validation not run: ${facts.reason}` };
        case 'ran': {
            const { result } = facts;
            if (result.status !== 'passed') {
                const how = result.status === 'timed-out'
                    ? 'timed out'
                    : result.exitCode !== null
                        ? `failed (exit ${result.exitCode})`
                        : `was killed by ${result.signal}`;
                return { guard: 'validation', cause: 'command', message: `validation ${how}` };
            }
            if (facts.problem)
                return { guard: 'validation', cause: 'measurement', message: facts.problem };
            return undefined;
        }
    }
}
/** Each guard's judgement; they are judged in the order of `GUARDS`. */
const judges = {
    'legal-move': ({ move, pipeline, operation }) => operation
        ? undefined
        : { guard: 'legal-move', message: (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .illegalMoveMessage */ .$e)(move.from, move.to, pipeline) },
    blocked: ({ move, blocked }) => blocked !== undefined && move.to !== null && move.to !== _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVED */ .Ts
        ? {
            guard: 'blocked',
            message: `${move.version} is blocked (${blocked}): a blocked version enters no stage but ${_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVED */ .Ts}. If it ` +
                'is safe again, unblock it first in a reviewed change of its own (model-stages unblock)'
        }
        : undefined,
    freeze: ({ move, freezes }) => {
        const [latest] = freezes ?? [];
        if (!latest || move.to === null || move.to === _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVED */ .Ts)
            return undefined;
        return {
            guard: 'freeze',
            stage: move.to,
            freezes: freezes ?? [],
            message: `${move.version} may not enter ${move.to} now: ${(0,_freezes_js__WEBPACK_IMPORTED_MODULE_0__/* .freezeSentence */ .Nb)(move.to, latest)}. Wait, or record why ` +
                `it may: move it with force and a reason, or add a commit with a ${OVERRIDE_TRAILER}: <reason> trailer`
        };
    },
    'never-was-in': ({ move, pipeline, operation, formerlyIn }) => operation === 'rollback' && formerlyIn && !formerlyIn.includes(move.version)
        ? {
            guard: 'never-was-in',
            message: `${move.version} was never in ${move.to} according to the manifest's git history, and a rollback ` +
                `returns a version only to a stage it served in: restore it to ${(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .firstStage */ .d8)(pipeline).name} and ` +
                'promote it instead, so that it goes through review as a new candidate'
        }
        : undefined,
    soak: ({ move, soak }) => soak && soak.remainingSeconds > 0
        ? {
            guard: 'soak',
            soak,
            message: `${move.version} may not enter ${soak.target} yet: ${(0,_soak_js__WEBPACK_IMPORTED_MODULE_3__/* .soakShortfall */ .a5)(move.version, soak)}. Wait, or ` +
                `record why it may: promote it with force and a reason, or add a commit with a ${OVERRIDE_TRAILER}: ` +
                '<reason> trailer'
        }
        : undefined,
    digest: ({ move, digest }) => {
        if (!digest || digest.now === digest.recorded)
            return undefined;
        const what = `${move.version}: the artifact at ${digest.uri ?? '(no uri)'} is not the one recorded`;
        return {
            guard: 'digest',
            message: digest.now
                ? `${what}: its digest is ${digest.now}, the manifest records ${digest.recorded}. Nothing was changed; ` +
                    'register the new artifact as a new version'
                : `${what}: no digest was taken where it was validated (the manifest records ${digest.recorded}); validate it again`
        };
    },
    validation: ({ validation }) => (validation ? validationRefusal(validation) : undefined),
    gates: ({ validation }) => {
        const judged = validation && validation.state !== 'no-command' ? validation.gates : [];
        const failed = judged.filter(rule => !rule.passed);
        return failed.length === 0
            ? undefined
            : { guard: 'gates', failed, message: `metric gates failed: ${failed.map(gateRuleText).join('; ')}` };
    }
};
function soakOf(facts, operation) {
    const { move, pipeline } = facts;
    if (!soakApplies(pipeline, operation, move.to) || move.from === null || move.to === null)
        return undefined;
    return (0,_soak_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeSoak */ .cE)(pipeline, move.from, move.to, facts.entered, facts.now);
}
/** What an override of a refusal records: one line per thing it let through. */
function bypassedBy(refusal, version) {
    if (refusal.guard === 'soak')
        return [`soak: ${(0,_soak_js__WEBPACK_IMPORTED_MODULE_3__/* .soakShortfall */ .a5)(version, refusal.soak)}`];
    if (refusal.guard === 'freeze')
        return refusal.freezes.slice(0, 1).map(freeze => `freeze: ${(0,_freezes_js__WEBPACK_IMPORTED_MODULE_0__/* .freezeSentence */ .Nb)(refusal.stage, freeze)}`);
    if (refusal.guard === 'gates')
        return refusal.failed.map(rule => `metric gate: ${gateRuleText(rule)}`);
    return [refusal.message];
}
/**
 * The one verdict on a version entering a stage. A reason overrides a freeze, the soak and the metric gates, never
 * the move's legality, a block, the rollback rule or a validation that did not pass: a version whose command failed
 * never moves.
 */
function judgeAdmission(facts) {
    const { move, overrideReason } = facts;
    const operation = (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .legalOperation */ .dN)(move.from, move.to, facts.pipeline);
    const soak = soakOf(facts, operation);
    const judged = { ...facts, operation, soak };
    const found = Object.keys(GUARDS).flatMap(kind => judges[kind](judged) ?? []);
    const overridden = (refusal) => overrideReason !== undefined && GUARDS[refusal.guard].overridable;
    const refusals = found.filter(refusal => !overridden(refusal));
    const bypassed = found.filter(overridden).flatMap(refusal => bypassedBy(refusal, move.version));
    const awaitingValidation = needsValidation(operation) && facts.validation === undefined;
    const validation = facts.validation;
    return {
        move,
        ...(operation ? { operation } : {}),
        admitted: refusals.length === 0 && !awaitingValidation,
        awaitingValidation,
        refusals,
        ...(overrideReason !== undefined && bypassed.length > 0
            ? { override: { reason: overrideReason, bypassed } }
            : {}),
        ...(soak ? { soak } : {}),
        ...(validation ? { validation } : {}),
        gates: validation && validation.state !== 'no-command' ? validation.gates : []
    };
}
/** The refusals judged before validation runs: when any stands, validation is not worth running. */
function refusedBeforeValidation(verdict) {
    return verdict.refusals.filter(refusal => GUARDS[refusal.guard].beforeValidation);
}
/** "passed", "failed" or "skipped" (nothing to validate): the validation output of a move. */
function validationVerdict(verdict) {
    if (!verdict)
        return 'skipped';
    return verdict.admitted ? 'passed' : 'failed';
}
/** The result of the validation command, when one ran. */
function validationResult(verdict) {
    return verdict?.validation?.state === 'ran' ? verdict.validation.result : undefined;
}
/** The gate rules the version failed (overridden or not). */
function failedGates(verdict) {
    return (verdict?.gates ?? []).filter(rule => !rule.passed);
}
/** Why a version does not enter beyond its command's own exit: its measurement, the gates, a pre-validation guard. */
function refusalReasons(verdict) {
    return (verdict?.refusals ?? [])
        .filter(refusal => !(refusal.guard === 'validation' && refusal.cause === 'command'))
        .map(refusal => refusal.message);
}


/***/ }),

/***/ 7427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ frozenStagesOf),
/* harmony export */   Nb: () => (/* binding */ freezeSentence),
/* harmony export */   OZ: () => (/* binding */ openWindows),
/* harmony export */   Xx: () => (/* binding */ instantText),
/* harmony export */   lB: () => (/* binding */ openFreezes)
/* harmony export */ });
/* unused harmony exports freezeCloses, frozenStages */
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_MS = 86_400_000;
/** A chain of weekly windows (every day 00:00–00:00) is followed this far to say when it closes. */
const MAX_CHAIN = 8;
/** Minutes since midnight of a time of day, `18:30` → 1110. */
function minutesOf(time) {
    const [hours, minutes] = time.split(':').map(Number);
    return (hours ?? 0) * 60 + (minutes ?? 0);
}
const formatters = new Map();
function formatter(timeZone) {
    let format = formatters.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        formatters.set(timeZone, format);
    }
    return format;
}
/** The local wall clock of an instant in a time zone, as milliseconds on a UTC scale (its offset applied). */
function localMs(instant, timeZone) {
    const parts = {};
    for (const part of formatter(timeZone).formatToParts(new Date(instant)))
        parts[part.type] = Number(part.value);
    const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
    return Date.UTC(year, month - 1, day, hour, minute, second);
}
function wallTime(instant, timeZone) {
    const local = localMs(instant, timeZone);
    const day = Math.floor(local / DAY_MS);
    // 1970-01-01 was a Thursday: index 3 from Monday.
    return { day, weekday: (day + 3) % 7, minutes: Math.floor((local - day * DAY_MS) / 60_000) };
}
/** The instant a local wall time names in a time zone (daylight saving time followed; a skipped time moves on). */
function instantOf(day, minutes, timeZone) {
    const wall = day * DAY_MS + minutes * 60_000;
    let instant = wall - (localMs(wall, timeZone) - wall);
    const corrected = wall - (localMs(instant, timeZone) - instant);
    if (corrected !== instant)
        instant = corrected;
    return instant;
}
/** When a weekly window that is open at `instant` closes; undefined when it is not open then. */
function weeklyClose(freeze, instant) {
    const timeZone = freeze.timezone ?? 'UTC';
    const from = minutesOf(freeze.from ?? '00:00');
    const to = minutesOf(freeze.to ?? '00:00');
    const days = new Set((freeze.days ?? []).map(day => WEEK.indexOf(day)));
    const now = wallTime(instant, timeZone);
    const yesterday = (now.weekday + 6) % 7;
    if (to > from)
        return days.has(now.weekday) && now.minutes >= from && now.minutes < to
            ? instantOf(now.day, to, timeZone)
            : undefined;
    // The window runs past midnight (to at or before from): it closes the next day.
    if (days.has(now.weekday) && now.minutes >= from)
        return instantOf(now.day + 1, to, timeZone);
    if (days.has(yesterday) && now.minutes < to)
        return instantOf(now.day, to, timeZone);
    return undefined;
}
/** When the window closes if it is open at `now`; undefined when it is not. */
function freezeCloses(freeze, now) {
    const instant = now.getTime();
    if (freeze.days === undefined) {
        const from = Date.parse(freeze.from ?? '');
        const to = Date.parse(freeze.to ?? '');
        return from <= instant && instant < to ? new Date(to) : undefined;
    }
    let close = weeklyClose(freeze, instant);
    if (close === undefined)
        return undefined;
    // Windows that meet (Saturday 00:00–00:00 and Sunday 00:00–00:00) close when the last of them does.
    for (let step = 0; step < MAX_CHAIN; step++) {
        const next = weeklyClose(freeze, close);
        if (next === undefined || next <= close)
            break;
        close = next;
    }
    return new Date(close);
}
/** The stages a freeze holds: those it names, else every exclusive stage (what is served). */
function frozenStages(data, freeze) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    return freeze.stages ?? pipeline.stages.filter(stage => (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .isExclusive */ .Bj)(pipeline, stage.name)).map(s => s.name);
}
/** The windows open at `now` that keep versions of `model` out of `stage`, the one that closes last first. */
function openFreezes(data, model, stage, now) {
    const open = [];
    for (const freeze of data.freezes ?? []) {
        if (freeze.models && !freeze.models.includes(model))
            continue;
        if (!frozenStages(data, freeze).includes(stage))
            continue;
        const until = freezeCloses(freeze, now);
        if (until)
            open.push({
                reason: freeze.reason?.trim() || 'a freeze window',
                until,
                ...(freeze.allow_monitor ? { allowMonitor: true } : {})
            });
    }
    return open.sort((a, b) => b.until.getTime() - a.until.getTime());
}
/** An instant as the messages write it: 2026-12-27T00:00:00Z. */
function instantText(instant) {
    return instant.toISOString().replace('.000Z', 'Z');
}
/** "production is frozen until 2026-12-27T00:00:00Z: winter holiday freeze" */
function freezeSentence(stage, freeze) {
    return `${stage} is frozen until ${instantText(freeze.until)}: ${freeze.reason}`;
}
/** Every stage of `model` that a window open at `now` freezes, with the window that closes last. */
function frozenStagesOf(data, model, now) {
    if (!data.freezes?.length)
        return [];
    return (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data).stages.flatMap(({ name }) => {
        const [latest] = openFreezes(data, model, name, now);
        return latest ? [{ stage: name, ...latest }] : [];
    });
}
/** The windows open at `now`, each with the stages and models it holds: for status. */
function openWindows(data, now) {
    return (data.freezes ?? []).flatMap(freeze => {
        const until = freezeCloses(freeze, now);
        if (!until)
            return [];
        const reason = freeze.reason?.trim() || 'a freeze window';
        return [
            {
                reason,
                until,
                stages: frozenStages(data, freeze),
                ...(freeze.models ? { models: freeze.models } : {})
            }
        ];
    });
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


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ stageEntry),
/* harmony export */   a5: () => (/* binding */ soakShortfall),
/* harmony export */   cE: () => (/* binding */ judgeSoak)
/* harmony export */ });
/* unused harmony export CLOCK_SKEW_SECONDS */
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);

/** The last move of a version into `stage` in a history; undefined when the history does not have one. */
function stageEntry(entries, committedAt, model, version, stage) {
    const entry = entries.findLast(candidate => candidate.model === model && candidate.version === version && candidate.to === stage);
    if (!entry)
        return undefined;
    return { commit: entry.commit, date: entry.commit ? (committedAt.get(entry.commit) ?? null) : null };
}
/** How far ahead of now a commit's date may be before it is not believed: clocks drift a little, not a year. */
const CLOCK_SKEW_SECONDS = 5 * 60;
/**
 * How long a version has spent in `from` against the soak `target` asks for; undefined when `target` has none.
 * A move not committed yet, or not found in the history, has spent no time there.
 */
function judgeSoak(pipeline, from, target, entered, now) {
    const spec = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .stageSpec */ .aJ)(pipeline, target);
    if (spec?.soak === undefined || spec.soakSeconds === undefined)
        return undefined;
    const since = entered?.date ? Date.parse(entered.date) : NaN;
    const future = !Number.isNaN(since) && since > now.getTime() + CLOCK_SKEW_SECONDS * 1000;
    const elapsedSeconds = Number.isNaN(since) || future ? 0 : Math.max(0, (now.getTime() - since) / 1000);
    return {
        stage: from,
        target,
        soak: spec.soak,
        requiredSeconds: spec.soakSeconds,
        elapsedSeconds,
        remainingSeconds: Math.max(0, spec.soakSeconds - elapsedSeconds),
        entered,
        ...(future && entered?.date ? { futureDate: entered.date } : {})
    };
}
/** "1.2.0 entered canary 3h 10m ago (commit abc1234): 20h 50m of the 24h soak remain" */
function soakShortfall(version, verdict) {
    const { entered } = verdict;
    if (verdict.futureDate && entered?.commit)
        return (`${version} entered ${verdict.stage} in commit ${entered.commit.slice(0, 7)}, dated ${verdict.futureDate}: ` +
            `later than now, so the ${verdict.soak} soak cannot be counted from it (a commit's date is whatever its ` +
            'committer set)');
    const when = entered?.commit
        ? `entered ${verdict.stage} ${(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(verdict.elapsedSeconds)} ago (commit ${entered.commit.slice(0, 7)})`
        : entered
            ? `entered ${verdict.stage} in a change not committed yet`
            : `has no recorded time in ${verdict.stage}`;
    return `${version} ${when}: ${(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(verdict.remainingSeconds)} of the ${verdict.soak} soak before ${verdict.target} remain`;
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
