import { parseInput, type TCreateUser, ZCreateUser } from "@ricochet/domain";
import { authErrorToAppError } from "../../auth/auth-errors.ts";
import type { Auth } from "../../auth/create-auth.ts";

/** Creates an account with the same rules as the sign-up form (CLI, seed). */
export async function createUser(
  auth: Auth,
  input: TCreateUser,
): Promise<{ id: string; email: string; name: string }> {
  const data = parseInput(ZCreateUser, input);
  try {
    const result = await auth.api.signUpEmail({
      body: { name: data.name, email: data.email, password: data.password, locale: data.locale },
    });
    return { id: result.user.id, email: result.user.email, name: result.user.name };
  } catch (error) {
    throw authErrorToAppError(error) ?? error;
  }
}
