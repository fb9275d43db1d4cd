/** The Appwrite SDK objects of one app instance, built from its runtime configuration. */
import { Account, Client } from 'appwrite';

export interface AppwriteApi {
  client: Client;
  account: Account;
}

export function createAppwrite(options: { endpoint: string; projectId: string }): AppwriteApi {
  const client = new Client().setEndpoint(options.endpoint).setProject(options.projectId);
  return { client, account: new Account(client) };
}
