export const id = 854;
export const ids = [854];
export const modules = {

/***/ 2854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runShowCommand: () => (/* binding */ runShowCommand)
});

// EXTERNAL MODULE: ./src/commands/manifest-at.ts
var manifest_at = __webpack_require__(4799);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/freezes.ts
var freezes = __webpack_require__(7427);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
;// CONCATENATED MODULE: ./src/commands/show.ts




/** Everything the manifest says of a model (an unknown model is an error that lists the known ones). */
function describeModel(data, model, version, now = new Date()) {
    const current = (0,queries/* productionVersion */.ix)(data, model);
    const entries = data.models[model]?.versions ?? new Map();
    const versions = [...entries].map(([name, entry]) => ({
        version: name,
        stage: entry.stage,
        uri: entry.uri ?? null,
        description: entry.description ?? null,
        blocked: entry.blocked ?? null,
        metrics: entry.metrics ?? {},
        metadata: entry.metadata ?? {}
    }));
    const report = {
        model,
        production: current === undefined ? null : { version: current, uri: entries.get(current)?.uri ?? null },
        versions,
        frozen: (0,freezes/* frozenStagesOf */.$x)(data, model, now).map(({ stage, reason, until }) => ({
            stage,
            reason,
            until: (0,freezes/* instantText */.Xx)(until)
        }))
    };
    if (version !== undefined) {
        (0,names/* assertVersionString */.mk)(version);
        const found = versions.find(entry => entry.version === version);
        if (!found)
            throw new errors/* InputError */.dz(`unknown version ${version} of ${model}; it has: ${[...entries.keys()].join(', ') || 'no versions'}`);
        report.version = found;
    }
    return report;
}
/** For a deploy job: the live version (in the last stage), or a clear error when there is none. */
function requireProduction(report, live = 'production') {
    if (!report.production) {
        throw new InputError(`${report.model} has nothing in ${live} (its versions: ${report.versions.map(v => `${v.version} ${v.stage}`).join(', ') || 'none'})`);
    }
    return report.production;
}

// EXTERNAL MODULE: ./src/commands/workspace.ts
var commands_workspace = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(4871);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
;// CONCATENATED MODULE: ./src/cli/handlers/show.ts






function details(entry, indent) {
    const lines = [];
    if (entry.uri)
        lines.push(`${indent}uri: ${entry.uri}`);
    if (entry.description)
        lines.push(`${indent}description: ${entry.description}`);
    if (entry.blocked)
        lines.push(`${indent}blocked: ${entry.blocked}`);
    const metrics = Object.entries(entry.metrics).map(([name, value]) => `${name}=${value}`);
    if (metrics.length > 0)
        lines.push(`${indent}metrics: ${metrics.join(', ')}`);
    const metadata = Object.entries(entry.metadata).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
    if (metadata.length > 0)
        lines.push(`${indent}metadata: ${metadata.join(', ')}`);
    return lines;
}
/** What is live (in the last stage: production), and every version's stage and details (now, or --at a commit or date). */
async function runShowCommand(context) {
    const { workspace, request } = context;
    const at = request.at;
    const past = at === undefined ? undefined : await (0,manifest_at/* manifestAt */.Z)(workspace, at);
    const text = past?.text ?? (await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace));
    const model = request.model;
    const data = await (0,read/* readManifestForModel */.IX)(text, past?.name ?? workspace.manifestName, model);
    const report = describeModel(data, model, request.version);
    (0,output/* print */.yy)(context.io, context.json, past ? { ...report, commit: past.commit } : report, () => {
        const lines = past ? [`As of commit ${past.commit.slice(0, 7)}:`] : [];
        if (report.version) {
            lines.push(`${model} ${report.version.version}: ${report.version.stage}`, ...details(report.version, '  '));
            return lines.join('\n') + '\n';
        }
        const production = report.production
            ? `${report.production.version}${report.production.uri ? ` (${report.production.uri})` : ''}`
            : 'none';
        lines.push(`${model}: ${(0,pipeline/* lastStage */.TX)((0,pipeline/* pipelineOf */.gQ)(data)).name} ${production}`);
        for (const frozen of report.frozen)
            lines.push(`  ${frozen.stage} is frozen until ${frozen.until}: ${frozen.reason}`);
        for (const entry of report.versions)
            lines.push(`  ${entry.version.padEnd(16)} ${entry.stage}`, ...details(entry, '    '));
        return lines.join('\n') + '\n';
    });
    return output/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 4799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ manifestAt)
/* harmony export */ });
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(480);

const DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:]+(Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * The manifest as it was at a commit (any revision git knows) or a date (`2026-03-01`: as of the end of that day;
 * a time may follow), for "what was in production then?".
 */
async function manifestAt(workspace, at) {
    const git = workspace.git;
    if (!git)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--at needs a git repository: ${workspace.root} is not one`);
    const isDate = DATE.test(at);
    const when = isDate && at.length === 10 ? `${at} 23:59:59` : at;
    let commit = isDate ? await git.lastCommitBefore(when) : await git.resolve(at);
    if (!commit && !isDate) {
        // Not a revision: a date as git reads them ("yesterday", "3 days ago", "last friday").
        if (!(await git.understandsDate(at)))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--at ${JSON.stringify(at)} is neither a revision nor a date git understands (2026-03-01, yesterday, "3 days ago")`);
        commit = await git.lastCommitBefore(at);
    }
    if (!commit)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no commit at or before ${at}`);
    const text = await git.show(commit, workspace.manifestName);
    if (text === undefined)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${workspace.manifestName} did not exist at ${commit.slice(0, 7)}`);
    return { text, commit, name: `${workspace.manifestName}@${commit.slice(0, 7)}` };
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

/***/ 7331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ evaluationCandidates),
/* harmony export */   It: () => (/* binding */ versionIn),
/* harmony export */   S1: () => (/* binding */ manifestStatus),
/* harmony export */   Wl: () => (/* binding */ newestInStage),
/* harmony export */   ix: () => (/* binding */ productionVersion),
/* harmony export */   x4: () => (/* binding */ versionsOf)
/* harmony export */ });
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(480);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);



/** A model's versions; an unknown model is an input error that lists the known ones. */
function versionsOf(data, model) {
    (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY)(model);
    const entry = data.models[model];
    if (!entry) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownModel */ .w2)(model, Object.keys(data.models));
    }
    return entry.versions;
}
/** The version of a model in a stage (the first written, for a stage that is not exclusive). */
function versionIn(data, model, stage) {
    return [...versionsOf(data, model)].find(([, entry]) => entry.stage === stage)?.[0];
}
/** The live version: the one in the pipeline's last stage (production, without `stages:`). */
function productionVersion(data, model) {
    return versionIn(data, model, (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)((0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data)).name);
}
/** The newest (last written) version of a model in a stage. */
function newestInStage(data, model, stage) {
    return [...versionsOf(data, model)]
        .filter(([, entry]) => entry.stage === stage)
        .map(([version]) => version)
        .pop();
}
/**
 * The newest version in the first stage of every model (or of `model`), with the stage it is promoted to: the
 * candidates evaluate validates.
 */
function evaluationCandidates(data, model) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const from = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name;
    const to = pipeline.stages[1]?.name ?? (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name;
    const models = model === undefined ? Object.keys(data.models) : [model];
    return models.flatMap(name => {
        const version = newestInStage(data, name, from);
        return version === undefined ? [] : [{ model: name, version, from, to }];
    });
}
/** Where every model stands: one record per model, in the order written. */
function manifestStatus(data) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const live = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name;
    const first = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name;
    return Object.entries(data.models).map(([model, entry]) => {
        // One pass over the versions: each stage's versions in the order written.
        const byStage = new Map();
        entry.versions.forEach(({ stage }, version) => {
            const versions = byStage.get(stage);
            if (versions)
                versions.push(version);
            else
                byStage.set(stage, [version]);
        });
        const inStage = (stage) => byStage.get(stage) ?? [];
        const status = {
            model,
            production: inStage(live)[0] ?? null,
            staging: inStage(first),
            archived: inStage(_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts)
        };
        if (data.stages)
            status.stages = Object.fromEntries(pipeline.stages.map(stage => [stage.name, [...inStage(stage.name)]]));
        return status;
    });
}


/***/ })

};
