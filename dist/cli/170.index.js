export const id = 170;
export const ids = [170];
export const modules = {

/***/ 170:
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
    const data = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName);
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


/***/ })

};
