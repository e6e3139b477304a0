export const id = 339;
export const ids = [339];
export const modules = {

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runShow: () => (/* binding */ runShow)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
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
        throw new errors/* InputError */.dz(`${report.model} has nothing in ${live} (its versions: ${report.versions.map(v => `${v.version} ${v.stage}`).join(', ') || 'none'})`);
    }
    return report.production;
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 2 modules
var commands_workspace = __webpack_require__(6008);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
;// CONCATENATED MODULE: ./src/action/run-show.ts






/** What is in production (and the stage of a named version), for a deploy job. */
async function runShow(inputs, workspace) {
    const model = inputs.model ?? '';
    const data = await (0,read/* readManifestForModel */.IX)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName, model);
    const report = describeModel(data, model, inputs.version);
    core/* setOutput */.uH('model', report.model);
    if (report.version) {
        core/* setOutput */.uH('version', report.version.version);
        core/* setOutput */.uH('stage', report.version.stage);
    }
    const live = (0,pipeline/* lastStage */.TX)((0,pipeline/* pipelineOf */.gQ)(data)).name;
    const production = report.version ? report.production : requireProduction(report, live);
    core/* setOutput */.uH('production-version', production?.version ?? '');
    core/* setOutput */.uH('production-uri', production?.uri ?? '');
    core/* setOutput */.uH('changed', 'false');
    const line = production
        ? `${report.model} in ${live}: ${production.version}${production.uri ? ` (${production.uri})` : ''}`
        : `${report.model}: nothing in ${live}`;
    core/* info */.pq(line);
    await (0,summary/* writeSummary */.S)(`## model-stages: ${line}`);
}


/***/ })

};
