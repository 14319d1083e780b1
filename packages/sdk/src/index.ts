// Flat SDK functions (one per operationId) and the schema/operation types.

// hey-api's client factory. The operation `createClient` (POST /api/v1/client/create) owns that
// name, so the factory is exported as `createSdkClient`.
export {
  type Auth,
  type Client as SdkClient,
  type ClientOptions as SdkClientOptions,
  type Config as SdkConfig,
  createClient as createSdkClient,
  createConfig,
  type RequestOptions,
  type RequestResult,
} from './generated/client/index.js';

// The default fetch client the SDK functions use; configure it once with `client.setConfig()`.
export { type CreateClientConfig, client } from './generated/client.gen.js';
export * from './generated/index.js';
