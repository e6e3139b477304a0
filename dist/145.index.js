export const id = 145;
export const ids = [145];
export const modules = {

/***/ 145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/**
 * Every request gets its own deadline, so that a silent API fails (and is retried) instead of hanging the job.
 * The timer is a referenced one (AbortSignal.timeout's is not): a silent request keeps the run waiting for it.
 */
function deadlinePlugin(timeoutMs) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs / 1000} s (timeout)`)), timeoutMs);
            // Set in place: the retry plugin hands this same object to every attempt, each with a fresh deadline.
            options.request = Object.assign(options.request ?? {}, { signal: controller.signal });
            try {
                return await request(options);
            }
            finally {
                clearTimeout(timer);
            }
        });
    };
}
function createOctokit(token, settings) {
    const withinRetries = (retryAfter, _options, _octokit, retryCount) => retryCount < settings.retries && retryAfter * 1000 <= settings.timeoutMs * 4;
    // The deadline comes first, so that it sits inside the retries: each attempt gets a fresh one.
    return _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(token, {
        retry: { retries: settings.retries, retryAfterBaseValue: settings.retryDelayMs },
        throttle: { onRateLimit: withinRetries, onSecondaryRateLimit: withinRetries }
    }, deadlinePlugin(settings.timeoutMs), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
