export const id = 486;
export const ids = [486];
export const modules = {

/***/ 8681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Q4: () => (/* binding */ CLI_NAMES),
/* harmony export */   y8: () => (/* binding */ listOption)
/* harmony export */ });
/** How the CLI names a request's fields in messages. */
const CLI_NAMES = {
    model: 'MODEL',
    version: 'VERSION',
    to: '--to',
    validationTimeout: '--validation-timeout',
    metrics: '--metric',
    metadata: '--meta',
    force: '--force',
    reason: '--reason'
};
function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
function listOption(values, name) {
    const value = values[name];
    return Array.isArray(value) ? value : undefined;
}


/***/ }),

/***/ 4486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runShowCommand: () => (/* binding */ runShowCommand)
});

// EXTERNAL MODULE: ./src/commands/request.ts
var commands_request = __webpack_require__(9843);
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

// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
;// CONCATENATED MODULE: ./src/commands/show.ts



/** Everything the manifest says of a model (an unknown model is an error that lists the known ones). */
function describeModel(data, model, version) {
    const current = (0,queries/* productionVersion */.ix)(data, model);
    const entries = data.models[model]?.versions ?? new Map();
    const versions = [...entries].map(([name, entry]) => ({
        version: name,
        stage: entry.stage,
        uri: entry.uri ?? null,
        description: entry.description ?? null,
        metrics: entry.metrics ?? {},
        metadata: entry.metadata ?? {}
    }));
    const report = {
        model,
        production: current === undefined ? null : { version: current, uri: entries.get(current)?.uri ?? null },
        versions
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

// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/handlers/context.ts
var handlers_context = __webpack_require__(8681);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
;// CONCATENATED MODULE: ./src/cli/handlers/show.ts








function details(entry, indent) {
    const lines = [];
    if (entry.uri)
        lines.push(`${indent}uri: ${entry.uri}`);
    if (entry.description)
        lines.push(`${indent}description: ${entry.description}`);
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
    const { workspace, values } = context;
    const request = (0,commands_request/* checkRequest */.yG)({ command: 'show', model: context.positionals[0], version: context.positionals[1] }, handlers_context/* CLI_NAMES */.Q4);
    const at = (0,handlers_context/* stringOption */.Pp)(values, 'at');
    const past = at === undefined ? undefined : await manifestAt(workspace, at);
    const text = past?.text ?? (await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace));
    const model = request.model ?? '';
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
        for (const entry of report.versions)
            lines.push(`  ${entry.version.padEnd(16)} ${entry.stage}`, ...details(entry, '    '));
        return lines.join('\n') + '\n';
    });
    return output/* EXIT_OK */.Ij;
}


/***/ })

};
