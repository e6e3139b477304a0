export const id = 783;
export const ids = [783];
export const modules = {

/***/ 8783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckCommand: () => (/* binding */ runCheckCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var manifest_problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/nodes.ts
var nodes = __webpack_require__(5328);
;// CONCATENATED MODULE: ./src/manifest/positions.ts


/** Where a version's field is written (else the version's key, else its model, else the top of the file). */
function versionFieldPosition(text, model, version, field) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(text, { lineCounter, uniqueKeys: false });
    const candidates = [
        (0,nodes/* locate */.x5)(doc.contents, ['models', model, 'versions', version, field]).value,
        (0,nodes/* locate */.x5)(doc.contents, ['models', model, 'versions', version]).key,
        (0,nodes/* locate */.x5)(doc.contents, ['models', model]).key
    ];
    const offset = candidates.find(node => node?.range)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}
/** Where a version's stage is written (else its key, else its model, else the top of the file). */
function versionPosition(text, model, version) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
    const candidates = [
        locate(doc.contents, ['models', model, 'versions', version, 'stage']).value,
        locate(doc.contents, ['models', model, 'versions', version]).key,
        locate(doc.contents, ['models', model]).key
    ];
    const offset = candidates.find(node => node?.range)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}

// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/gates.ts
var gates = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/freezes.ts
var stages_freezes = __webpack_require__(7427);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/soak.ts
var soak = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/review.ts















/** The live version, as the base records it (its metrics are the gates' baseline). */
function baseProduction(data, model, pipeline) {
    const versions = data?.models[model]?.versions ?? new Map();
    const live = (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
    const current = [...versions].find(([, entry]) => entry.stage === live);
    return current ? { version: current[0], uri: current[1].uri, metrics: current[1].metrics } : undefined;
}
/**
 * Compares the manifest at `baseRevision` with the work tree, and has the admission judge every stage change (hand
 * edits included), validating every version that enters a stage on a validation.
 */
async function reviewManifest(workspace, baseRevision, validation, options = {}) {
    const nothing = { manifestName: workspace.manifestName, problems: [], changes: [], overrides: [] };
    const git = workspace.git;
    if (!git)
        throw new errors/* InputError */.dz(`check needs a git repository: ${workspace.root} is not one`);
    const baseText = await git.show(baseRevision, workspace.manifestName);
    const headText = 'headText' in options
        ? options.headText
        : await (0,promises_.readFile)(workspace.manifestPath, 'utf8').catch(() => undefined);
    if (baseText === headText || headText === undefined) {
        if (headText === undefined && baseText !== undefined) {
            const problem = {
                file: workspace.manifestName,
                line: 1,
                column: 1,
                message: 'the manifest was deleted: archive versions instead, git history is the archive'
            };
            return { ...nothing, touched: true, problems: [problem] };
        }
        return { ...nothing, touched: false };
    }
    const check = await (0,read/* checkManifest */.K7)(headText, workspace.manifestName);
    if (baseText === undefined) {
        // A new manifest records the stages as they are when a team starts: there is no move to judge yet.
        return { ...nothing, touched: true, initial: true, headText, problems: check.problems };
    }
    // The pipeline the pull request would put in force judges its moves.
    // The stages are read as every command reads them: a head that breaks the manifest's profile is refused whole,
    // never read another way into stages that would then be judged.
    let headStages;
    try {
        headStages = (0,read/* readStageMap */.rx)(headText, workspace.manifestName);
    }
    catch (error) {
        if (error instanceof manifest_problems/* ManifestError */.Sh)
            return { ...nothing, touched: true, headText, problems: check.problems };
        throw error;
    }
    const baseName = `${workspace.manifestName}@${baseRevision}`;
    const base = await (0,read/* readManifest */.WI)(baseText, baseName).catch(() => undefined);
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(check.manifest ?? base ?? {});
    const changes = (0,states/* diffStages */.b)((0,read/* readStageMap */.rx)(baseText, baseName), headStages);
    const history = changes.some(change => (0,admission/* needsHistory */.q9)(pipeline, change))
        ? await (0,manifest_history/* readManifestHistory */.S)(git, workspace.manifestName, baseRevision)
        : { entries: [], revisions: 0, committedAt: new Map() };
    const overrides = (await git.trailerValues(baseRevision, options.headRevision ?? 'HEAD', admission/* OVERRIDE_TRAILER */.h0)).map(({ commit, value }) => ({ commit, reason: value }));
    const now = options.now ?? new Date();
    const identity = base && check.manifest ? identityChanges(base, check.manifest, headText, workspace.manifestName) : [];
    const reviewed = [];
    for (const move of changes) {
        const known = history.revisions > 0;
        const facts = {
            move,
            pipeline,
            now,
            entered: (0,soak/* stageEntry */.RX)(history.entries, history.committedAt, move.model, move.version, move.from ?? ''),
            formerlyIn: known && move.to !== null ? (0,stages_history/* formerVersionsIn */.w)(history.entries, move.model, move.to) : undefined,
            ...(overrides.length > 0 ? { overrideReason: overrides.map(o => o.reason).join('; ') } : {}),
            ...guardFacts(base, check.manifest, move, now)
        };
        const early = (0,admission/* judgeAdmission */.J6)(facts);
        if (!early.awaitingValidation || (0,admission/* refusedBeforeValidation */.HI)(early).length > 0 || !check.manifest) {
            reviewed.push({ ...move, verdict: early });
            continue;
        }
        const validated = await validationOf(workspace, check.manifest, base, move, pipeline, validation, options);
        reviewed.push({ ...move, verdict: (0,admission/* judgeAdmission */.J6)({ ...facts, validation: validated }) });
    }
    const serving = check.manifest ? blockedServing(base, check.manifest, headText, workspace.manifestName) : [];
    const problems = [...check.problems, ...identity, ...serving];
    return { ...nothing, touched: true, headText, problems, changes: reviewed, overrides };
}
/**
 * A version's identity is immutable once recorded: a uri or digest that the base has may not change (or go), so
 * that the bytes validated stay the bytes served. A digest recorded for the first time is allowed.
 */
function identityChanges(base, head, headText, file) {
    const problems = [];
    for (const [model, entry] of Object.entries(base.models)) {
        for (const [version, before] of entry.versions) {
            const after = head.models[model]?.versions.get(version);
            if (!after)
                continue;
            for (const field of ['uri', 'digest']) {
                const was = before[field];
                if (was === undefined || after[field] === was)
                    continue;
                problems.push({
                    file,
                    ...versionFieldPosition(headText, model, version, field),
                    message: `${model} ${version}: its ${field} was ${was} and this change makes it ${after[field] ?? 'absent'}; a ` +
                        "version's uri and digest are immutable once recorded: register the new artifact as a new version"
                });
            }
        }
    }
    return problems;
}
/**
 * A blocked version's reason, and the freeze windows open now for the target stage, as the base (the rules in force)
 * and the head say: a change cannot unblock a version and promote it, or lift a freeze and promote under it, at once.
 */
function guardFacts(base, head, move, now) {
    const blockedIn = (data) => data?.models[move.model]?.versions.get(move.version)?.blocked;
    const blocked = blockedIn(base) ?? blockedIn(head);
    const freezes = move.to === null
        ? []
        : [base, head].flatMap(data => (data ? (0,stages_freezes/* openFreezes */.lB)(data, move.model, move.to ?? '', now) : []));
    const seen = new Set();
    const distinct = freezes
        .sort((a, b) => b.until.getTime() - a.until.getTime())
        .filter(freeze => {
        const key = `${freeze.until.getTime()} ${freeze.reason}`;
        return !seen.has(key) && Boolean(seen.add(key));
    });
    return {
        ...(blocked !== undefined ? { blocked } : {}),
        ...(distinct.length > 0 ? { freezes: distinct } : {})
    };
}
/** A version the change blocks (or moves) while it still serves an exclusive stage: blocking takes it out of service. */
function blockedServing(base, head, headText, file) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(head);
    const problems = [];
    for (const [model, entry] of Object.entries(head.models)) {
        for (const [version, after] of entry.versions) {
            if (after.blocked === undefined || after.stage === names/* ARCHIVED */.Ts || !(0,stages_pipeline/* isExclusive */.Bj)(pipeline, after.stage))
                continue;
            const before = base?.models[model]?.versions.get(version);
            if (before?.blocked !== undefined && before.stage === after.stage)
                continue;
            problems.push({
                file,
                ...versionFieldPosition(headText, model, version, 'blocked'),
                message: `${model} ${version} is blocked but still serves ${after.stage}: archive it in the same change and bring ` +
                    'back the version before it (model-stages block --rollback does both)'
            });
        }
    }
    return problems;
}
/**
 * What validation found for a version entering a stage: its run, or why nothing ran (an untrusted head, whose
 * recorded metrics are still judged by the gates for the reviewer to see; no validation command configured).
 */
async function validationOf(workspace, data, base, move, pipeline, validation, options) {
    const production = baseProduction(base, move.model, pipeline);
    const target = move.to ?? '';
    if (options.untrustedHead) {
        const recorded = data.models[move.model]?.versions.get(move.version)?.metrics ?? {};
        return {
            state: 'not-run',
            reason: options.untrustedHead,
            gates: (0,gates/* gatesFor */.wQ)(data, move.model, target).flatMap(set => (0,gates/* evaluateGates */.ud)(set, recorded, production?.metrics))
        };
    }
    const uri = data.models[move.model]?.versions.get(move.version)?.uri;
    const subject = { model: move.model, version: move.version, uri, stage: move.from ?? '', target };
    try {
        return await (0,validate/* validateForStage */._M)(workspace, data, subject, validation, production);
    }
    catch (error) {
        // No validation command configured: the version cannot enter, and the review says so at its line.
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        return { state: 'no-command', reason: error.message };
    }
}

// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/reporting/gates.ts
var reporting_gates = __webpack_require__(5618);
;// CONCATENATED MODULE: ./src/reporting/review.ts







function reviewMarker(manifestName) {
    return `<!-- model-stages:check ${manifestName} -->`;
}
/** The rule column: the operation, what refused it before validation, and what an override let through. */
function ruleCell(verdict) {
    const refused = refusedBeforeValidation(verdict);
    if (refused.length > 0)
        return `❌ refused: ${refused.map(refusal => refusal.message).join('; ')}`;
    const overridden = verdict.override ? ` ⚠️ overrode ${verdict.override.bypassed.join('; ')}` : '';
    return `✅ ${verdict.operation ?? ''}${overridden}`;
}
function validationCell(verdict) {
    const validation = verdict.validation;
    if (!validation)
        return '—';
    if (validation.state === 'not-run')
        return '⚠️ not run';
    if (validation.state === 'no-command')
        return '❌ no validation command';
    const { result } = validation;
    if (result.status !== 'passed')
        return `❌ ${result.status}${result.exitCode !== null ? ` (exit ${result.exitCode})` : ''}`;
    return verdict.admitted ? '✅ passed' : '❌ gates failed';
}
/** Why a change does not pass, in one line: every refusal that stands. */
function refusalText(verdict) {
    return verdict.refusals.map(refusal => refusal.message).join('; ');
}
/**
 * The CLI's lines for a change: "churn@1.5.0 staging -> production: promote; validation passed", what refuses it,
 * what an override let through, and one line per failing gate rule (metric, measured value, baseline, rule).
 */
function reviewedChangeLines(change) {
    const { verdict } = change;
    const result = (0,admission/* validationResult */.Vh)(verdict);
    const reasons = result ? (0,admission/* refusalReasons */.u_)(verdict) : verdict.refusals.map(refusal => refusal.message);
    const segments = [
        result
            ? `${verdict.operation ?? ''}; validation ${result.status}`
            : reasons.length > 0
                ? ''
                : verdict.operation,
        reasons.length > 0 ? `refused: ${reasons.join('; ')}` : '',
        verdict.override ? `overrode ${verdict.override.bypassed.join('; ')}` : ''
    ];
    const failing = (0,reporting_gates/* gatesText */.k)((0,admission/* failedGates */.qq)(verdict)).map(line => `  gate ${line}`);
    return [`${(0,describe/* transitionText */.FA)(change)}: ${segments.filter(Boolean).join('; ')}`, ...failing];
}
/** The PR comment and job summary of a review: one table of every stage change, then what failed. */
function reviewMarkdown(report, runUrl) {
    const passed = reviewPassed(report);
    const parts = [reviewMarker(report.manifestName), `## model-stages review of \`${report.manifestName}\``];
    if (report.problems.length > 0) {
        parts.push('The manifest has problems; fix them first:', report.problems.map(p => `- \`${formatProblem(p)}\``).join('\n'));
    }
    if (report.initial)
        parts.push('This pull request adds the manifest: its stages are the starting point, and later changes are reviewed against it.');
    else if (report.changes.length === 0)
        parts.push('No stage changes.');
    else {
        parts.push(markdownTable(['Model', 'Version', 'Transition', 'Rule', 'Validation'], report.changes.map(change => [
            change.model,
            `\`${change.version}\``,
            stageMove(change.from, change.to),
            ruleCell(change.verdict),
            validationCell(change.verdict)
        ])));
    }
    if (report.overrides && report.overrides.length > 0)
        parts.push(`**⚠️ Overrides** (\`${OVERRIDE_TRAILER}\` trailers) in this pull request:`, report.overrides.map(o => `- ${o.commit.slice(0, 7)}: ${inlineCode(o.reason)}`).join('\n'));
    const notRun = report.changes.filter(change => change.verdict.validation?.state === 'not-run');
    const why = notRun[0]?.verdict.validation;
    if (why?.state === 'not-run') {
        const versions = notRun.map(change => `${change.model} ${change.version}`);
        parts.push(`**Validation was not run** for ${versions.join(', ')}: ${why.reason}. A version is promoted only ` +
            'after its validation passes: promote it with the workflow_dispatch promotion instead.');
    }
    for (const change of report.changes) {
        const { verdict } = change;
        const result = validationResult(verdict);
        if (result && !verdict.admitted)
            parts.push(`**${change.model} ${change.version}**: ${outcomeSentence(verdict)}`, outputTailBlock(result));
        if (verdict.gates.length > 0)
            parts.push(`Metric gates of **${change.model} ${change.version}**:`, gatesMarkdown(verdict.gates));
    }
    parts.push(passed
        ? '**Result: every stage change is legal and validated.**'
        : '**Result: this pull request cannot be merged as it is.**');
    if (runUrl)
        parts.push(`<sub>Checked by [this run](${runUrl}); the comment is updated on every run.</sub>`);
    return parts.filter(Boolean).join('\n\n');
}

;// CONCATENATED MODULE: ./src/stages/review.ts
/** The review passes when the manifest has no problem and every change is admitted. */
function review_reviewPassed(review) {
    return review.problems.length === 0 && review.changes.every(change => change.verdict.admitted);
}

// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(4871);
// EXTERNAL MODULE: ./src/cli/handlers/move.ts
var move = __webpack_require__(1217);
;// CONCATENATED MODULE: ./src/cli/handlers/check.ts








/** A reviewed change in check's JSON: the stage change, and the verdict on it (refusals, overrides, validation). */
function changeJson(change) {
    const { verdict } = change;
    const validation = verdict.validation;
    const failure = (0,admission/* refusalReasons */.u_)(verdict).join('; ');
    return {
        model: change.model,
        version: change.version,
        from: change.from,
        to: change.to,
        operation: verdict.operation ?? null,
        admitted: verdict.admitted,
        ...(verdict.refusals.length > 0 ? { refusal: refusalText(verdict) } : {}),
        refusals: verdict.refusals.map(({ guard, message }) => ({ guard, message })),
        ...(verdict.override ? { overridden: verdict.override.bypassed } : {}),
        ...(validation ? { validation: (0,admission/* validationResult */.Vh)(verdict) ?? null } : {}),
        ...(validation?.state === 'not-run' ? { validationNotRun: validation.reason } : {}),
        ...(verdict.soak ? { soak: verdict.soak } : {}),
        gates: verdict.gates,
        ...(failure ? { failure } : {})
    };
}
/** The pull request review on a local checkout: the work tree against --base (default HEAD). */
async function runCheckCommand(context) {
    const { workspace, request, io } = context;
    const base = request.base ?? 'HEAD';
    if (!workspace.git || !(await workspace.git.resolve(base)))
        throw new errors/* InputError */.dz(`--base: unknown revision ${JSON.stringify(base)}`);
    const review = await reviewManifest(workspace, base, (0,move.validationOptions)(context, request));
    const { touched, initial, problems, changes, overrides } = review;
    const passed = review_reviewPassed(review);
    const exitCode = problems.length > 0 ? output/* EXIT_BAD_INPUT */.yt : passed ? output/* EXIT_OK */.Ij : output/* EXIT_REFUSED */.MY;
    const error = exitCode === output/* EXIT_OK */.Ij
        ? {}
        : { error: { exitCode, message: 'the stage changes do not pass review', problems } };
    const json = {
        base,
        passed,
        touched,
        initial,
        problems,
        changes: changes.map(changeJson),
        overrides,
        ...error
    };
    (0,output/* print */.yy)(io, context.json, json, () => {
        if (!touched)
            return `No change to ${workspace.manifestName} since ${base}.\n`;
        const lines = changes.flatMap(reviewedChangeLines);
        for (const override of overrides)
            lines.push(`Override in ${override.commit.slice(0, 7)}: ${override.reason}`);
        if (problems.length > 0)
            io.err(problems.map(manifest_problems/* formatProblem */.Vw).join('\n') + '\n');
        lines.push(passed ? 'Every stage change is legal and validated.' : 'Review failed.');
        return lines.join('\n') + '\n';
    });
    return exitCode;
}


/***/ })

};
