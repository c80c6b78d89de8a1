// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Me } from '$lib/api/types';
import type { ApiClient } from '$lib/server/api';

declare global {
  namespace App {
    interface Error {
      message: string;
    }
    interface Locals {
      user: Me | null;
      api: ApiClient;
    }
    interface PageData {
      user?: Me | null;
    }
    // interface PageState {}
    // interface Platform {}
  }
}

export {};
