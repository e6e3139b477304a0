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
/* harmony import */ var _manifest_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(521);
/* harmony import */ var _stages_queries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7331);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6657);




/** One row per model: production, newest candidate, counts per stage. */
async function runStatusCommand(context) {
    const { workspace } = context;
    const models = (0,_stages_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestStatus */ .S1)((0,_manifest_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadManifestText */ .VH)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName).data);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .print */ .yy)(context.io, context.json, { models }, () => {
        if (models.length === 0)
            return `${workspace.manifestName} has no models yet.\n`;
        const rows = [
            ['MODEL', 'PRODUCTION', 'CANDIDATE', 'STAGING', 'ARCHIVED'],
            ...models.map(m => [
                m.model,
                m.production ?? '-',
                m.staging[m.staging.length - 1] ?? '-',
                String(m.staging.length),
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
    return _output_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_OK */ .Ij;
}


/***/ })

};
