import { objectBody, requiredString } from '../http/body.js';
import { isReply, json } from '../http/reply.js';
import type { RouteContext } from '../route-context.js';
import type { RouteDefinition } from '../router.js';
import { assetReadOnly, createAssetDoc, without } from '../store/documents.js';
import { paginate, parsePageRequest } from '../store/paginate.js';
import { lookupAsset, lookupClient } from './lookup.js';

function assetsOf(context: RouteContext, clientId: number) {
  return [...context.state.store.assets.values()].filter((a) => a.client_id === clientId);
}

export const assetRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v1/client/{clientId}/assets',
    operationId: 'listClientAssets',
    handler(context) {
      const client = lookupClient(context);
      return json(200, isReply(client) ? [] : assetsOf(context, client.client_id));
    },
  },
  {
    method: 'POST',
    path: '/api/v2/clients/{clientId}/assets',
    operationId: 'listClientAssetsPaged',
    body: 'json',
    handler(context) {
      const page = parsePageRequest(context.body, [5, 10, 25, 50, 100]);
      if (isReply(page)) return page;
      const client = lookupClient(context);
      const assets = isReply(client) ? [] : assetsOf(context, client.client_id);
      const { items, meta } = paginate(assets, page);
      return json(200, { status: 'success', data: items, meta });
    },
  },
  {
    method: 'POST',
    path: '/api/v2/tenant/assets',
    operationId: 'listTenantAssetsPaged',
    body: 'json',
    handler({ state, body }) {
      const page = parsePageRequest(body, [5, 10, 25, 50, 100, 1000]);
      if (isReply(page)) return page;
      const { items, meta } = paginate([...state.store.assets.values()], page);
      // This endpoint lists its items under `assets`, not `data`.
      return json(200, { status: 'success', assets: items, meta });
    },
  },
  {
    // Registered before `{assetId}`: PlexTrac creates an asset on a PUT to id 0.
    method: 'PUT',
    path: '/api/v1/client/{clientId}/asset/0',
    operationId: 'createAsset',
    body: 'json',
    handler(context) {
      const client = lookupClient(context);
      if (isReply(client)) return client;
      const input = objectBody(context.body);
      if (isReply(input)) return input;
      const name = requiredString(input, 'asset');
      if (isReply(name)) return name;
      const asset = createAssetDoc(context.state.store, client.client_id, {
        ...input,
        asset: name,
      });
      return json(200, { message: 'success', id: asset.id });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/client/{clientId}/asset/{assetId}',
    operationId: 'getAsset',
    handler(context) {
      const asset = lookupAsset(context);
      return isReply(asset) ? asset : json(200, asset);
    },
  },
  {
    method: 'PUT',
    path: '/api/v1/client/{clientId}/asset/{assetId}',
    operationId: 'updateAsset',
    body: 'json',
    handler(context) {
      const asset = lookupAsset(context);
      if (isReply(asset)) return asset;
      const input = objectBody(context.body);
      if (isReply(input)) return input;
      const name = requiredString(input, 'asset');
      if (isReply(name)) return name;
      // Unverified whether PlexTrac merges here; its scripts send the whole asset. We merge.
      Object.assign(asset, without(input, assetReadOnly), { asset: name });
      return json(200, { message: 'success', id: asset.id });
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/client/{clientId}/asset/{assetId}',
    operationId: 'deleteAsset',
    handler(context) {
      const asset = lookupAsset(context);
      if (isReply(asset)) return asset;
      context.state.store.assets.delete(asset.id);
      return json(200, { status: 'success', message: 'Asset deleted' });
    },
  },
];
