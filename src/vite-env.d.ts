/// <reference types="vite/client" />

/** True in dev and `--mode mock` builds: the embedded mock backend may be started. */
declare const __MOCK_AVAILABLE__: boolean;

interface ImportMetaEnv {
  readonly VITE_APPWRITE_ENDPOINT?: string;
  readonly VITE_APPWRITE_PROJECT_ID?: string;
  readonly VITE_APP_NAME?: string;
  readonly VITE_LOGO_URL?: string;
  readonly VITE_SIGN_IN_METHODS?: string;
  readonly VITE_BASE_PATH?: string;
}
