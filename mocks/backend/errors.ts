/** Appwrite's error catalogue (contract §1.10): type → HTTP status and default message. */
export const ERRORS = {
  general_argument_invalid: [400, 'The request contains one or more invalid arguments. Please refer to the endpoint documentation.'],
  general_bad_request: [400, 'There was an error processing your request. Please check the inputs and try again.'],
  general_invalid_email: [400, 'Value must be a valid email address.'],
  general_query_invalid: [400, "The query's syntax is invalid. Please check the query and try again."],
  general_unauthorized_scope: [401, 'The current user or API key does not have the required scopes to access the requested resource.'],
  general_unknown_origin: [403, 'The request originated from an unknown origin. If you trust this domain, please list it as a trusted platform in the Appwrite console.'],
  general_route_not_found: [404, 'Route not found. Please ensure the endpoint is configured correctly and that the API route is valid for this SDK version. Refer to the API docs for more details.'],
  general_rate_limit_exceeded: [429, 'Rate limit for the current endpoint has been exceeded. Please try again after some time.'],
  general_smtp_disabled: [503, 'SMTP disabled'],
  general_phone_disabled: [503, 'Phone provider not configured'],
  general_server_error: [500, 'An internal server error occurred.'],
  project_not_found: [404, 'Project with the requested ID could not be found. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used.'],
  user_already_exists: [409, 'A user with the same id, email, or phone already exists in this project.'],
  user_blocked: [403, 'The current user has been blocked.'],
  user_invalid_token: [401, 'Invalid token passed in the request.'],
  user_invalid_credentials: [401, 'Invalid credentials. Please check the email and password.'],
  user_session_already_exists: [401, 'Creation of a session is prohibited when a session is active.'],
  user_not_found: [404, 'User with the requested ID could not be found.'],
  user_session_not_found: [404, 'The current user session could not be found.'],
  user_unauthorized: [401, 'The current user is not authorized to perform the requested action.'],
  user_auth_method_unsupported: [501, 'The requested authentication method is either disabled or unsupported. Please check the supported authentication methods in the Appwrite console.'],
  user_more_factors_required: [401, 'More factors are required to complete the sign in process.'],
  user_challenge_required: [401, 'A recently successful challenge is required to complete this action. A challenge is considered recent for 5 minutes.'],
  user_jwt_invalid: [401, 'The JWT token is invalid. Please check the value of the X-Appwrite-JWT header to ensure the correct token is being used.'],
  user_jwt_and_cookie_set: [403, 'JWT and cookie used in the same request. Please use only one of them.'],
  user_jwt_creation_denied: [403, 'A JWT cannot be created from a request authorized with a JWT. Please use a session to create a new JWT.'],
  user_email_not_found: [400, 'User email could not be found.'],
  user_email_already_exists: [409, 'A user with the same email already exists in the current project.'],
  user_email_not_verified: [400, 'User email is not verified'],
  user_email_already_verified: [409, 'User email is already verified'],
  user_phone_already_exists: [409, 'A user with the same phone number already exists in the current project.'],
  user_phone_not_found: [400, 'The current user does not have a phone number associated with their account.'],
  user_phone_not_verified: [400, 'User phone is not verified'],
  user_phone_already_verified: [409, 'User phone is already verified'],
  user_target_not_found: [404, 'The target could not be found.'],
  user_target_already_exists: [409, 'A target with the same ID already exists.'],
  user_identity_not_found: [404, 'The identity could not be found. Please sign in with OAuth provider to create identity first.'],
  user_authenticator_not_found: [404, 'Authenticator could not be found on the current user.'],
  user_authenticator_already_verified: [409, 'This authenticator is already verified on the current user.'],
  user_recovery_codes_already_exists: [409, 'The current user already generated recovery codes and they can only be read once for security reasons.'],
  user_recovery_codes_not_found: [404, 'Recovery codes could not be found on the current user.'],
  user_oauth2_provider_error: [424, 'Failed to obtain access token. The OAuth2 provider returned an error.'],
  general_cursor_not_found: [400, 'The cursor is invalid. This can happen if the item represented by the cursor has been deleted.'],
  project_provider_disabled: [412, 'The chosen OAuth provider is disabled. You can enable the OAuth provider using the Appwrite console.'],
  project_invalid_success_url: [400, 'Invalid redirect URL for OAuth success.'],
  project_invalid_failure_url: [400, 'Invalid redirect URL for OAuth failure.'],
  router_host_not_found: [404, 'Host is not trusted. This could occur because you have not configured a custom domain. Add a custom domain to your project first and try again.'],
  project_provider_unsupported: [400, 'The chosen OAuth provider is unsupported. Please check the Create OAuth2 Session docs for the complete list of supported OAuth providers.'],
  password_recently_used: [400, 'The password you are trying to use is similar to your previous password. For your security, please choose a different password and try again.'],
  password_personal_data: [400, 'The password you are trying to use contains references to your name, email, phone or userID. For security reasons, please choose another password and try again.'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorType = keyof typeof ERRORS;

/** Thrown anywhere in the backend; the pipeline turns it into Appwrite's error body. */
export class AppwriteError extends Error {
  readonly status: number;
  readonly type: ErrorType;
  constructor(type: ErrorType, message?: string) {
    const [status, fallback] = ERRORS[type];
    super(message ?? fallback);
    this.status = status;
    this.type = type;
  }
}

export const APPWRITE_VERSION = '1.9.6';

/** Appwrite's error body, keys in model order: `{message, code, type, version}`. */
export function errorBody(error: AppwriteError) {
  return { message: error.message, code: error.status, type: error.type, version: APPWRITE_VERSION };
}
