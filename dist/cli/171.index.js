export const id = 171;
export const ids = [171];
export const modules = {

/***/ 6171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatusCommand: () => (/* binding */ runStatusCommand)
/* harmony export */ });
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7112);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8553);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2225);
/* harmony import */ var _stages_queries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7331);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6657);





/**
 * One row per model: the live version, the newest candidate, then each earlier stage (its version when it is
 * exclusive, else how many it holds) and how many are archived.
 */
async function runStatusCommand(context) {
    const { workspace } = context;
    const data = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .W)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName);
    const models = (0,_stages_queries_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestStatus */ .S1)(data);
    const pipeline = (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .pipelineOf */ .gQ)(data);
    const earlier = pipeline.stages.slice(0, -1);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .print */ .yy)(context.io, context.json, { models }, () => {
        if (models.length === 0)
            return `${workspace.manifestName} has no models yet.\n`;
        const versionsIn = (m, stage) => m.stages?.[stage] ?? (stage === pipeline.stages[0]?.name ? m.staging : []);
        const rows = [
            [
                'MODEL',
                (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .lastStage */ .TX)(pipeline).name.toUpperCase(),
                'CANDIDATE',
                ...earlier.map(stage => stage.name.toUpperCase()),
                'ARCHIVED'
            ],
            ...models.map(m => [
                m.model,
                m.production ?? '-',
                m.staging[m.staging.length - 1] ?? '-',
                ...earlier.map(stage => stage.exclusive ? (versionsIn(m, stage.name)[0] ?? '-') : String(versionsIn(m, stage.name).length)),
                String(m.archived.length)
            ])
        ];
        const widths = rows[0]?.map((_, column) => Math.max(...rows.map(row => row[column]?.length ?? 0))) ?? [];
        return (rows
            .map(row => row
            .map((cell, column) => cell.padEnd(widths[column] ?? 0))
            .join('  ')
            .trimEnd())
            .join('\n') + '\n');
    });
    return _output_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readManifestForModel),
/* harmony export */   W: () => (/* binding */ readManifest)
/* harmony export */ });
/* harmony import */ var _fast_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5764);

/*
 * The manifest for commands that only read it. A valid manifest is read by the fast path; the position-tracking
 * check, and the YAML parser it needs, are loaded only to report the problems of one that is not.
 */
async function checkedData(text, file) {
    const { loadManifestText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 521));
    return loadManifestText(text, file).data;
}
/** The whole manifest, checked: its problems are thrown as a ManifestError, each at its line. */
async function readManifest(text, file) {
    return (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidManifest */ .mc)(text) ?? checkedData(text, file);
}
/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
async function readManifestForModel(text, file, model) {
    return (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readValidModel */ .K9)(text, model) ?? readManifest(text, file);
}


/***/ })

};
