// Checks an HTTP answer against the committed OpenAPI 3.1 document: the operation is found
// by method and path template, the response by status code (then nXX, then default), the
// schema by content type. Schemas are compiled by Ajv (JSON Schema 2020-12, which OpenAPI
// 3.1 uses) straight out of the document, so $refs resolve exactly as written there.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

const DOC_ID = 'openapi.json';
const DEFAULT_DOC = fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url));
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Raised for any answer the contract does not allow; the message says what and where. */
export class ContractError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ContractError';
  }
}

export function loadContract(file = DEFAULT_DOC) {
  const doc = YAML.parse(readFileSync(file, 'utf8'));
  return new Contract(doc);
}

export class Contract {
  constructor(doc) {
    this.doc = doc;
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    // OpenAPI's numeric formats: Ajv does not know them, and the numbers are checked by type.
    for (const name of ['int32', 'int64', 'float', 'double']) {
      this.ajv.addFormat(name, { type: 'number', validate: () => true });
    }
    this.ajv.addSchema(doc, DOC_ID);
    this.validators = new Map();
    this.templates = Object.keys(doc.paths ?? {}).map((template) => ({
      template,
      regex: templateRegex(template),
      literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
    }));
  }

  /** The path template that serves `path` (most literal segments wins), or null. */
  templateFor(path) {
    const matches = this.templates.filter((t) => t.regex.test(path));
    matches.sort((a, b) => b.literalSegments - a.literalSegments);
    return matches[0]?.template ?? null;
  }

  /**
   * Throws ContractError unless the answer is documented.
   * @param {{method: string, path: string, status: number, contentType?: string, body: any}} answer
   *        path without query string; body already parsed ('' when empty)
   */
  check({ method, path, status, contentType, body }) {
    const where = `${method.toUpperCase()} ${path} -> ${status}`;
    const template = this.templateFor(path);
    if (!template) throw new ContractError(`${where}: no path in the contract matches ${path}`);
    const lower = method.toLowerCase();
    const operation = this.doc.paths[template][lower];
    if (!operation) throw new ContractError(`${where}: ${template} documents no ${method.toUpperCase()}`);

    const responses = operation.responses ?? {};
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
    if (!key) {
      throw new ContractError(`${where}: status ${status} is not documented for ${method.toUpperCase()} ` +
        `${template} (documented: ${Object.keys(responses).join(', ')}); body: ${preview(body)}`);
    }
    const responsePointer = this.follow(['paths', template, lower, 'responses', key]);
    const response = this.at(responsePointer);
    const content = response.content ?? {};

    if (body === '' || body === undefined) {
      if (Object.keys(content).length === 0) return;
      throw new ContractError(`${where}: empty body, but the contract documents ${Object.keys(content)}`);
    }
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const mediaKey = Object.keys(content).find((k) => k.toLowerCase() === mediaType)
      ?? Object.keys(content).find((k) => k === '*/*');
    if (!mediaKey) {
      throw new ContractError(`${where}: content type "${mediaType}" is not documented ` +
        `(documented: ${Object.keys(content).join(', ') || 'no body'}); body: ${preview(body)}`);
    }
    if (!content[mediaKey].schema) return;

    const validate = this.validator([...responsePointer, 'content', mediaKey, 'schema']);
    if (!validate(body)) {
      const errors = validate.errors.map((e) => `  ${e.instancePath || '(root)'} ${e.message}` +
        `${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);
      throw new ContractError(`${where}: body does not match the ${template} ${status} schema:\n` +
        `${errors.join('\n')}\nbody: ${preview(body)}`);
    }
  }

  /** Follows Response Object $refs (not schemas: Ajv resolves those) to the real location. */
  follow(segments) {
    let current = segments;
    for (let hops = 0; hops < 10; hops++) {
      const node = this.at(current);
      if (node === undefined) throw new ContractError(`the contract has nothing at #/${current.join('/')}`);
      if (typeof node.$ref !== 'string') return current;
      if (!node.$ref.startsWith('#/')) throw new ContractError(`external $ref not supported: ${node.$ref}`);
      current = node.$ref.slice(2).split('/').map(unescapePointer);
    }
    throw new ContractError(`$ref loop at #/${segments.join('/')}`);
  }

  at(segments) {
    return segments.reduce((node, s) => (node == null ? undefined : node[s]), this.doc);
  }

  validator(segments) {
    const pointer = segments.map((s) => encodeURIComponent(escapePointer(s))).join('/');
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOC_ID}#/${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }

  /** Every operation as "METHOD template", to list what a run never exercised. */
  operations() {
    return Object.entries(this.doc.paths ?? {}).flatMap(([template, item]) =>
      METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${template}`));
  }
}

function templateRegex(template) {
  const source = template.split('/').map((segment) =>
    (segment.startsWith('{') && segment.endsWith('}')) ? '[^/]+' : escapeRegex(segment)).join('/');
  return new RegExp(`^${source}/?$`);
}

function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapePointer(s) {
  return s.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapePointer(s) {
  return decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~');
}

function preview(body) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}
