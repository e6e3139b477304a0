export const id = 649;
export const ids = [649];
export const modules = {

/***/ 2649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runChangesCommand: () => (/* binding */ runChangesCommand)
});

// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
;// CONCATENATED MODULE: ./src/commands/changes.ts




/** A push that created a branch has no "before": git names it with zeros. */
const NO_COMMIT = /^0+$/;
const NO_COMMIT_YET = '0'.repeat(40);
/** The stages a revision records (read through the manifest's profile: a revision that breaks it is an error). */
async function stagesAt(workspace, commit) {
    const name = `${workspace.manifestName}@${commit?.slice(0, 7) ?? 'none'}`;
    if (commit === null || !workspace.git)
        return { name, stages: new Map() };
    const text = await workspace.git.show(commit, workspace.manifestName);
    if (text === undefined)
        return { name, stages: new Map() };
    return { text, name, stages: (0,read/* readStageMap */.rx)(text, name) };
}
async function resolveRevision(workspace, revision, name) {
    const commit = await workspace.git?.resolve(revision);
    if (!commit)
        throw new errors/* InputError */.dz(`${name}: unknown revision ${JSON.stringify(revision)}`);
    return commit;
}
/** The stage transitions between two revisions, for a deploy job that acts only when production moved. */
async function stageChanges(workspace, revisions, model) {
    if (!workspace.git)
        throw new errors/* InputError */.dz(`changes needs a git repository: ${workspace.root} is not one`);
    const from = NO_COMMIT.test(revisions.from)
        ? null
        : await resolveRevision(workspace, revisions.from, revisions.fromName);
    const to = await resolveRevision(workspace, revisions.to, revisions.toName);
    const before = await stagesAt(workspace, from);
    const after = await stagesAt(workspace, to);
    const all = (0,states/* diffStages */.b)(before.stages, after.stages);
    const result = { from, to, transitions: model ? all.filter(t => t.model === model) : all };
    if (model === undefined)
        return result;
    const known = [...new Set([...before.stages.keys(), ...after.stages.keys()])];
    if (!known.includes(model))
        throw (0,errors/* unknownModel */.w2)(model, known);
    const data = after.text === undefined ? undefined : await (0,read/* readManifest */.WI)(after.text, after.name);
    const live = (0,pipeline/* lastStage */.TX)((0,pipeline/* pipelineOf */.gQ)(data ?? {})).name;
    const productionIn = (stages) => [...(stages.get(model) ?? new Map()).entries()].find(([, stage]) => stage === live)?.[0] ?? null;
    const version = productionIn(after.stages);
    const uri = (version !== null && data?.models[model]?.versions.get(version)?.uri) || null;
    const previous = productionIn(before.stages);
    result.production = { model, changed: previous !== version, before: previous, version, uri };
    return result;
}

// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(4871);
;// CONCATENATED MODULE: ./src/cli/handlers/changes.ts



/** The stage transitions between --from and --to: what a deploy job asks before it redeploys. */
async function runChangesCommand(context) {
    const { workspace, request } = context;
    // A repository's first commit has no HEAD~1: everything in it is new.
    const from = request.from ?? ((await workspace.git?.resolve('HEAD~1')) ? 'HEAD~1' : NO_COMMIT_YET);
    const to = request.to ?? 'HEAD';
    const result = await stageChanges(workspace, { from, to, fromName: '--from', toName: '--to' }, request.model);
    const transitions = result.transitions.map(({ model, version, from, to }) => ({ model, version, from, to }));
    (0,output/* print */.yy)(context.io, context.json, { ...result, transitions }, () => {
        const lines = transitions.map(t => (0,describe/* transitionText */.FA)(t));
        if (lines.length === 0)
            lines.push(`No stage changes between ${from} and ${to}.`);
        const production = result.production;
        if (production)
            lines.push(production.changed
                ? `Production of ${production.model} changed: ${production.before ?? 'none'} -> ${production.version ?? 'none'}.`
                : `Production of ${production.model} did not change (${production.version ?? 'none'}).`);
        return lines.join('\n') + '\n';
    });
    return output/* EXIT_OK */.Ij;
}


/***/ })

};
