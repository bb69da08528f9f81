// Reads a room link the way a Jitsi Meet web client does, with Jitsi's own
// code from tests/jitsi/jitsi-meet (unchanged; see SOURCE.md):
// parseURLParams.ts reads the fragment, configWhitelist.ts (through lodash's
// `pick`, as functions.any.ts's getWhitelistedJSON does) decides which
// `config.*` keys are kept, and languageDetector.web.ts's query detector
// reads `?lang=`. The TypeScript files are transpiled in memory by the
// TypeScript compiler; the modules they import that are not part of the
// question (an error reporter, embedding detection, i18next's detector class)
// are small stand-ins here.
//
// Input: one JSON object per line, {"url": "..."}. Output: one JSON object
// per line: {"params": every parsed fragment parameter, "config": the config
// overrides Jitsi keeps, "dropped": config keys the whitelist drops,
// "errors": values Jitsi failed to parse (and so dropped), "lang": the
// language Jitsi's detector takes from the query, "jwt": the token}.
//
// PLANADO_TEST_NODE_MODULES names the node_modules of tests/jitsi/node.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const jitsi = join(here, 'jitsi-meet');
const modules = process.env.PLANADO_TEST_NODE_MODULES;
if (!modules) {
    throw new Error('PLANADO_TEST_NODE_MODULES is not set (scripts/test installs tests/jitsi/node there)');
}
const ts = createRequire(join(modules, 'x.js'))('typescript');
const lodash = await import(pathToFileURL(join(modules, 'lodash-es', 'lodash.js')));
const jsonUtils = await import(pathToFileURL(join(modules, '@jitsi', 'js-utils', 'dist', 'json.js')));

let reported = [];
const stubs = {
    '@jitsi/js-utils/json': jsonUtils,
    'lodash-es': lodash,
    './helpers': { reportError: (e, message) => reported.push(`${message}: ${e}`) },
    '../util/embedUtils': { isEmbedded: () => false },
    './configLanguageDetector': { __esModule: true, default: { name: 'configLanguageDetector', lookup: () => undefined } },
    'i18next-browser-languagedetector': {
        __esModule: true,
        default: class {
            constructor() { this.detectors = []; }
            addDetector(d) { this.detectors.push(d); }
        }
    }
};

const loaded = new Map();
function load(file) {
    if (loaded.has(file)) {
        return loaded.get(file);
    }
    if (file.endsWith('.json')) {
        const value = { __esModule: true, default: JSON.parse(readFileSync(file, 'utf8')) };
        loaded.set(file, value);
        return value;
    }
    const source = readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true }
    });
    const module = { exports: {} };
    loaded.set(file, module.exports);
    const require = name => {
        if (name in stubs) {
            return stubs[name];
        }
        const path = resolve(dirname(file), name);
        return load(path.endsWith('.json') ? path : `${path}.ts`);
    };
    new Function('require', 'module', 'exports', outputText)(require, module, module.exports);
    loaded.set(file, module.exports);
    return module.exports;
}

globalThis.interfaceConfig = {};
const { parseURLParams } = load(join(jitsi, 'react/features/base/util/parseURLParams.ts'));
const whitelist = load(join(jitsi, 'react/features/base/config/configWhitelist.ts')).default;
const detector = load(join(jitsi, 'react/features/base/i18n/languageDetector.web.ts')).default;
const langQuery = detector.detectors.find(d => d.name === 'safeLangQuery');

function read(url) {
    reported = [];
    const params = parseURLParams(url);
    // functions.any.ts's setConfigFromURLParams: dotted names become nested objects.
    const json = {};
    for (const param of Object.keys(params)) {
        let base = json;
        const names = param.split('.');
        const last = names.pop() ?? '';
        for (const name of names) {
            base = base[name] = base[name] || {};
        }
        base[last] = params[param];
    }
    const config = lodash.pick(json.config || {}, whitelist);
    const dropped = Object.keys(params)
        .filter(k => k.startsWith('config.'))
        .filter(k => !lodash.has(config, k.slice('config.'.length)));
    globalThis.window = { location: new URL(url) };
    const lang = langQuery.lookup() ?? null;
    return {
        params,
        config,
        dropped,
        errors: reported,
        lang,
        jwt: new URL(url).searchParams.get('jwt')
    };
}

if (process.argv[2] === '--whitelist') {
    process.stdout.write(`${JSON.stringify(whitelist)}\n`);
} else {
    for await (const line of createInterface({ input: process.stdin })) {
        if (line.trim()) {
            process.stdout.write(`${JSON.stringify(read(JSON.parse(line).url))}\n`);
        }
    }
}
