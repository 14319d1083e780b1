import { objectBody, requiredString } from '../http/body.js';
import { isReply, json } from '../http/reply.js';
import type { RouteDefinition } from '../router.js';
import { deleteClientCascade } from '../store/cascade.js';
import { clientReadOnly, createClientDoc, without } from '../store/documents.js';
import { paginate, parsePageRequest } from '../store/paginate.js';
import { clientRow } from '../store/rows.js';
import { lookupClient } from './lookup.js';

export const clientRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v1/client/list',
    operationId: 'listClients',
    handler: ({ state }) => json(200, [...state.store.clients.values()].map(clientRow)),
  },
  {
    method: 'POST',
    path: '/api/v2/clients',
    operationId: 'listClientsPaged',
    body: 'json',
    handler({ state, body }) {
      const page = parsePageRequest(body, [5, 25, 50, 100]);
      if (isReply(page)) return page;
      const { items, meta } = paginate([...state.store.clients.values()], page);
      return json(200, { status: 'success', data: items, meta });
    },
  },
  {
    method: 'POST',
    path: '/api/v1/client/create',
    operationId: 'createClient',
    body: 'json',
    handler({ state, body, user }) {
      const input = objectBody(body);
      if (isReply(input)) return input;
      const name = requiredString(input, 'name');
      if (isReply(name)) return name;
      const assigned = user ? [user.username] : [];
      const users = Object.fromEntries(
        assigned.map((email) => [email, { role: 'ADMIN', classificationId: null }]),
      );
      const client = createClientDoc(state.store, { users, ...input, name });
      return json(200, {
        status: 'success',
        client_id: client.client_id,
        assign_message: { status: 'complete', users_assigned: assigned, users_rejected: [] },
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/client/{clientId}',
    operationId: 'getClient',
    handler: (context) => {
      const client = lookupClient(context);
      return isReply(client) ? client : json(200, client);
    },
  },
  {
    method: 'PUT',
    path: '/api/v1/client/{clientId}',
    operationId: 'updateClient',
    body: 'json',
    handler(context) {
      const client = lookupClient(context);
      if (isReply(client)) return client;
      const input = objectBody(context.body);
      if (isReply(input)) return input;
      if ('name' in input) {
        const name = requiredString(input, 'name');
        if (isReply(name)) return name;
      }
      // PlexTrac merges: keys not sent are kept.
      Object.assign(client, without(input, clientReadOnly));
      return json(200, { status: 'success', message: 'Client updated successfully.' });
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/client/{clientId}',
    operationId: 'deleteClient',
    handler(context) {
      const client = lookupClient(context);
      if (isReply(client)) return client;
      deleteClientCascade(context.state.store, client.client_id);
      return json(200, { status: 'success', message: 'client deleted successfully' });
    },
  },
];
