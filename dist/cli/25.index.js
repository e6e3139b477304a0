export const id = 25;
export const ids = [25];
export const modules = {

/***/ 8025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLintCommand: () => (/* binding */ runLintCommand)
/* harmony export */ });
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2743);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8553);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6657);



/** Every problem of the manifest as FILE:LINE:COL: message. */
async function runLintCommand(context) {
    const { workspace } = context;
    // A valid manifest is read fast; the position-tracking check runs only to report problems.
    await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_0__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName);
    const problems = [];
    (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .print */ .yy)(context.io, context.json, { file: workspace.manifestName, problems }, () => `${workspace.manifestName}: no problems\n`);
    return _output_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
}


/***/ })

};
