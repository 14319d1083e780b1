import { randomBytes } from 'node:crypto';
import { isRecord } from '../http/body.js';
import { exceedsJsonDepth } from '../http/exceeds-json-depth.js';
import { errorReply, isReply, json, type Reply } from '../http/reply.js';
import { validationError } from '../http/validation-error.js';
import type { RouteDefinition } from '../router.js';

interface Relation {
  model: string;
  id: string;
}

function isRelation(value: unknown): value is Relation {
  return isRecord(value) && typeof value.model === 'string' && typeof value.id === 'string';
}

/** A JSON-encoded form field (`components`, `relations`), or a 400 naming it. */
function jsonField<T>(form: FormData, key: string, check: (v: unknown) => v is T): T[] | Reply {
  const raw = form.get(key);
  if (raw === null || raw === '') return [];
  try {
    const value: unknown = JSON.parse(String(raw));
    if (Array.isArray(value) && value.every(check) && !exceedsJsonDepth(value)) return value;
  } catch {
    // fall through to the 400 below
  }
  return validationError(key, 'must be a JSON-encoded array', 'payload');
}

const isString = (value: unknown): value is string => typeof value === 'string';

export const fileRoutes: RouteDefinition[] = [
  {
    method: 'POST',
    path: '/api/v1/file-manager/upload',
    operationId: 'uploadFile',
    body: 'multipart',
    handler({ state, form }) {
      const file = form?.get('file');
      if (!form || !file || typeof file === 'string') return validationError('file', 'is required');
      const components = jsonField(form, 'components', isString);
      if (isReply(components)) return components;
      const relations = jsonField(form, 'relations', isRelation);
      if (isReply(relations)) return relations;
      const id = `art_${randomBytes(5).toString('hex')}`;
      const description = form.get('description');
      state.store.artifacts.set(id, {
        id,
        filename: file.name || 'upload.bin',
        description: typeof description === 'string' ? description : null,
        content_type: file.type || 'application/octet-stream',
        size: file.size,
        createdAt: new Date(state.clock.now()).toISOString(),
        components,
        relations,
      });
      return json(200, { data: { id } });
    },
  },
  {
    method: 'POST',
    path: '/api/v1/file-manager/artifacts',
    operationId: 'listArtifacts',
    body: 'json',
    handler({ state, body }) {
      const query = body ?? {};
      if (!isRecord(query)) return validationError('value', 'must be of type object');
      const components = query.components ?? [];
      const relations = query.relations ?? [];
      if (!Array.isArray(components) || !components.every(isString)) {
        return validationError('components', 'must be an array of strings');
      }
      if (!Array.isArray(relations) || !relations.every(isRelation)) {
        return validationError('relations', 'must be an array of {model, id}');
      }
      const data = [...state.store.artifacts.values()].filter((artifact) => {
        const own = artifact.components as string[];
        const related = artifact.relations as Relation[];
        const componentOk = components.length === 0 || components.some((c) => own.includes(c));
        const relationsOk = relations.every((r) =>
          related.some((mine) => mine.model === r.model && mine.id === r.id),
        );
        return componentOk && relationsOk;
      });
      return json(200, { data });
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/file-manager/artifacts/{artifactId}',
    operationId: 'deleteArtifact',
    handler({ state, params }) {
      if (!state.store.artifacts.delete(params.artifactId ?? ''))
        return errorReply(404, 'Not Found');
      return json(200, { status: 'success', message: 'Artifact deleted' });
    },
  },
];
