// Generated from openapi/openapi.json by `npm run openapi:write`. Do not edit.
export interface paths {
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person and their organisations / moi */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Me */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit my name or language / modifier mon profil */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        locale?: "fr" | "en";
                    };
                };
            };
            responses: {
                /** @description Saved */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Networks and support organisations one can ask to join / annuaire des réseaux */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Matches */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DirectoryEntry"][];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations I belong to / mes organisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Memberships */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyOrganisation"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an organisation, at the root or under one I administer / créer une organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "network" | "regional_body" | "structure" | "establishment" | "support_organisation";
                        parentId?: string | null;
                        slug?: string;
                        /** @default [] */
                        sectorTags?: string[];
                        territory?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation with my access / une organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Organisation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationWithAccess"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit name, kind, sector tags, territory / modifier une organisation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "network" | "regional_body" | "structure" | "establishment" | "support_organisation";
                        sectorTags?: string[];
                        territory?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/organisations/{orgId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an organisation and its subtree / déplacer une organisation et sa descendance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        parentId: string | null;
                    };
                };
            };
            responses: {
                /** @description Moved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation, its ancestors and all its descendants / arborescence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tree */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationTree"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members and their roles / membres et rôles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member, or leave / retirer un membre ou quitter */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a member's role / changer le rôle d'un membre */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    memberId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
                        };
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/organisations/{orgId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations sent / invitations envoyées */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Invitations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an invitation link with a role / créer un lien d'invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
                        /** Format: email */
                        email?: string | null;
                        /** @default 7 */
                        expiresInDays?: number;
                    };
                };
            };
            responses: {
                /** @description Created; the token is shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedInvitation"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel an invitation / annuler une invitation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link offers, before signing in / aperçu d'une invitation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Preview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationPreview"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No longer valid / n'est plus valable */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation (idempotent) / accepter une invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AcceptedInvitation"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No longer valid / n'est plus valable */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests to join this organisation, and those it sent / demandes d'adhésion */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JoinRequestLists"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ask a network to take this organisation in / demander à rejoindre un réseau */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        targetOrganisationId: string;
                        message?: string | null;
                    };
                };
            };
            responses: {
                /** @description Sent */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JoinRequest"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/join-requests/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or reject a request to join / accepter ou refuser une demande */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accept" | "reject";
                    };
                };
            };
            responses: {
                /** @description Decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JoinRequest"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/accompaniments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A support organisation's cohort and requests, or who follows a structure / accompagnements */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accompaniments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accompaniment"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Ask a support organisation to follow this structure (gives consent) / demander un accompagnement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        supportOrganisationId: string;
                        message?: string | null;
                    };
                };
            };
            responses: {
                /** @description Requested */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accompaniment"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/accompaniments/{accompanimentId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a structure into a cohort, or decline / accepter dans une cohorte ou refuser */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    accompanimentId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accept";
                        cohort: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        endsOn?: string | null;
                    } | {
                        /** @enum {string} */
                        decision: "decline";
                    };
                };
            };
            responses: {
                /** @description Decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accompaniment"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/accompaniments/{accompanimentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an accompaniment or withdraw consent / mettre fin ou retirer son consentement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    accompanimentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accompaniment"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what, newest first (owners and admins) / journal des modifications */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluations of an organisation with their progress / évaluations et avancement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evaluations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationSummary"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Start an evaluation / démarrer une évaluation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        subject?: string | null;
                        /**
                         * @default programme
                         * @enum {string}
                         */
                        subjectKind?: "activity" | "programme" | "organisation";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationDetail"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An evaluation: scope, questions, steps / une évaluation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Evaluation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationDetail"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an evaluation and all it holds / supprimer une évaluation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update the scope (step 1) / cadrer l'évaluation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        subject?: string | null;
                        /** @enum {string} */
                        subjectKind?: "activity" | "programme" | "organisation";
                        purposes?: ("improve" | "demonstrate")[];
                        audiences?: string[];
                        /** Format: date */
                        periodStart?: string | null;
                        /** Format: date */
                        periodEnd?: string | null;
                        territory?: string | null;
                        steeringCommittee?: {
                            name: string;
                            role?: string | null;
                        }[];
                        questions?: {
                            id?: string;
                            text: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationDetail"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/steps/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Tick a step's checklist, mark it done or reopen it / avancer ou rouvrir une étape */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    step: "scope" | "stakeholders" | "theory_of_change" | "framework" | "collection" | "analysis" | "reporting";
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status?: "not_started" | "in_progress" | "done";
                        checked?: string[];
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationDetail"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/value-chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stakeholders, activities, contributions, matrix and totals / chaîne de valeur élargie */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Value chain */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/stakeholders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a stakeholder / une partie prenante */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        category: "beneficiaries" | "families_carers" | "staff" | "volunteers" | "members" | "funders" | "public_bodies" | "partners" | "businesses" | "local_community" | "other";
                        estimatedSize?: number | null;
                        /**
                         * @default consulted
                         * @enum {string}
                         */
                        involvement?: "informed" | "consulted" | "involved" | "co_decides";
                        expectedChanges?: string | null;
                    };
                };
            };
            responses: {
                /** @description Value chain after the change */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/stakeholders/{stakeholderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update a stakeholder / une partie prenante */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    stakeholderId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        category: "beneficiaries" | "families_carers" | "staff" | "volunteers" | "members" | "funders" | "public_bodies" | "partners" | "businesses" | "local_community" | "other";
                        estimatedSize?: number | null;
                        /**
                         * @default consulted
                         * @enum {string}
                         */
                        involvement?: "informed" | "consulted" | "involved" | "co_decides";
                        expectedChanges?: string | null;
                    };
                };
            };
            responses: {
                /** @description Value chain after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a stakeholder / une partie prenante */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    stakeholderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Value chain after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an activity / une activité */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Value chain after the change */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update an activity / une activité */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Value chain after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete an activity / une activité */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Value chain after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contribution to an activity / un apport à une activité */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        stakeholderId: string;
                        activityId: string;
                        /** @enum {string} */
                        kind: "money" | "volunteer_time" | "staff_time" | "in_kind";
                        amount?: number | string | null;
                        hours?: number | string | null;
                        hourlyValue?: number | string | null;
                        description?: string | null;
                        valueSource?: string | null;
                    };
                };
            };
            responses: {
                /** @description Value chain after the change */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/contributions/{contributionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update a contribution to an activity / un apport à une activité */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    contributionId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        stakeholderId: string;
                        activityId: string;
                        /** @enum {string} */
                        kind: "money" | "volunteer_time" | "staff_time" | "in_kind";
                        amount?: number | string | null;
                        hours?: number | string | null;
                        hourlyValue?: number | string | null;
                        description?: string | null;
                        valueSource?: string | null;
                    };
                };
            };
            responses: {
                /** @description Value chain after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a contribution to an activity / un apport à une activité */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    contributionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Value chain after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValueChain"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the library this organisation sees (French full text, filters) / bibliothèque d'indicateurs */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    sector?: ("employment_insertion" | "entrepreneurship_cooperatives" | "disability_autonomy" | "isolation_social_ties" | "health" | "rural_services" | "energy_citizen_participation" | "youth" | "volunteering" | "governance" | "justice" | "housing" | "food" | "education" | "environment") | "generic";
                    dimension?: "what" | "who" | "how_much" | "contribution" | "risk";
                    type?: "count" | "sum" | "mean" | "proportion" | "ratio" | "score" | "qualitative";
                    scope?: "private" | "network" | "public";
                    limit?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Indicators */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"][];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a definition, private or shared with the network / créer un indicateur */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: {
                            fr: string;
                            en: string;
                        };
                        definition: {
                            fr: string;
                            en: string;
                        };
                        /** @enum {string} */
                        type: "count" | "sum" | "mean" | "proportion" | "ratio" | "score" | "qualitative";
                        unit: {
                            fr: string;
                            en: string;
                        };
                        /** @enum {string} */
                        direction: "higher_is_better" | "lower_is_better" | "neutral";
                        source: {
                            fr: string;
                            en: string;
                        };
                        /** @enum {string} */
                        collectionMethod: "questionnaire" | "interview" | "focus_group" | "observation" | "administrative_records" | "existing_dataset" | "document_review";
                        questionWording?: {
                            fr: string;
                            en: string;
                        } | null;
                        /** @enum {string} */
                        frequency: "once" | "per_wave" | "monthly" | "quarterly" | "half_yearly" | "yearly";
                        /** @default [] */
                        disaggregations?: string[];
                        /** @default [] */
                        sectors?: ("employment_insertion" | "entrepreneurship_cooperatives" | "disability_autonomy" | "isolation_social_ties" | "health" | "rural_services" | "energy_citizen_participation" | "youth" | "volunteering" | "governance" | "justice" | "housing" | "food" | "education" | "environment")[];
                        /** @enum {string} */
                        impDimension: "what" | "who" | "how_much" | "contribution" | "risk";
                        /** @default [] */
                        tags?: string[];
                        irisId?: string | null;
                        irisVersion?: string | null;
                        /**
                         * @default private
                         * @enum {string}
                         */
                        scope?: "private" | "network";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/indicators/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import definitions from CSV or JSON, all or nothing, with a row-by-row report / importer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "json";
                        content: string;
                        /**
                         * @default private
                         * @enum {string}
                         */
                        scope?: "private" | "network";
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Imported (or checked, with dryRun) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorImportReport"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/indicators/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the library as CSV or JSON / exporter la bibliothèque */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "json";
                    all?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/json": string;
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A definition with its versions and usage / un indicateur */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    indicatorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Indicator */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorDetail"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change a definition (a new version once it is used) / modifier un indicateur */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    indicatorId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name: {
                            fr: string;
                            en: string;
                        };
                        definition: {
                            fr: string;
                            en: string;
                        };
                        /** @enum {string} */
                        type: "count" | "sum" | "mean" | "proportion" | "ratio" | "score" | "qualitative";
                        unit: {
                            fr: string;
                            en: string;
                        };
                        /** @enum {string} */
                        direction: "higher_is_better" | "lower_is_better" | "neutral";
                        source: {
                            fr: string;
                            en: string;
                        };
                        /** @enum {string} */
                        collectionMethod: "questionnaire" | "interview" | "focus_group" | "observation" | "administrative_records" | "existing_dataset" | "document_review";
                        questionWording?: {
                            fr: string;
                            en: string;
                        } | null;
                        /** @enum {string} */
                        frequency: "once" | "per_wave" | "monthly" | "quarterly" | "half_yearly" | "yearly";
                        /** @default [] */
                        disaggregations?: string[];
                        /** @default [] */
                        sectors?: ("employment_insertion" | "entrepreneurship_cooperatives" | "disability_autonomy" | "isolation_social_ties" | "health" | "rural_services" | "energy_citizen_participation" | "youth" | "volunteering" | "governance" | "justice" | "housing" | "food" | "education" | "environment")[];
                        /** @enum {string} */
                        impDimension: "what" | "who" | "how_much" | "contribution" | "risk";
                        /** @default [] */
                        tags?: string[];
                        irisId?: string | null;
                        irisVersion?: string | null;
                        /** @enum {string} */
                        scope?: "private" | "network";
                        changeNote?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"] & {
                            newVersion: boolean;
                        };
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete an unused definition / supprimer un indicateur */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    indicatorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Questions → criteria → indicators, with coverage of the theory of change / référentiel d'évaluation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Framework */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/framework/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a criterion under an evaluative question / ajouter un critère à une question */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        questionId: string;
                        /** @enum {string} */
                        kind: "relevance" | "coherence" | "effectiveness" | "efficiency" | "impact" | "sustainability" | "custom";
                        label?: string | null;
                    };
                };
            };
            responses: {
                /** @description Framework after the change */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/framework/criteria/{criterionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename, retype or move a criterion / modifier un critère */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    criterionId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        questionId: string;
                        /** @enum {string} */
                        kind: "relevance" | "coherence" | "effectiveness" | "efficiency" | "impact" | "sustainability" | "custom";
                        label?: string | null;
                    };
                };
            };
            responses: {
                /** @description Framework after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a criterion; its indicators stay in the framework, unplaced / supprimer un critère (ses indicateurs restent) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    criterionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Framework after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/framework/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a library indicator, pinning its current version / ajouter un indicateur de la bibliothèque au référentiel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        indicatorId: string;
                        criterionId?: string | null;
                        baselineValue?: number | string | null;
                        /** Format: date */
                        baselineDate?: string | null;
                        baselineNote?: string | null;
                        targetValue?: number | string | null;
                        /** Format: date */
                        targetDate?: string | null;
                        /** @default [] */
                        outcomeNodeIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Framework after the change */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/framework/indicators/{frameworkIndicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Place an indicator, set its baseline, target and measured outcomes / situation de départ, cible et effets mesurés */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    frameworkIndicatorId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        criterionId?: string | null;
                        baselineValue?: number | string | null;
                        /** Format: date */
                        baselineDate?: string | null;
                        baselineNote?: string | null;
                        targetValue?: number | string | null;
                        /** Format: date */
                        targetDate?: string | null;
                        /** @default [] */
                        outcomeNodeIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Framework after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Take an indicator out of the framework / retirer un indicateur du référentiel */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    frameworkIndicatorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Framework after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/framework/indicators/{frameworkIndicatorId}/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to the definition's newest version / passer à la dernière version de la définition */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    frameworkIndicatorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Framework after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Framework"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/network-frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Network frameworks to adopt (from the organisation's networks) and those it published, with adoption counts / référentiels de réseau */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Network frameworks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkFramework"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/framework/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish this evaluation's framework for the network's members, as a new network framework or its next version / publier le référentiel pour les membres */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        networkFrameworkId?: string | null;
                        name: string;
                        description?: string | null;
                        changeNote?: string | null;
                    };
                };
            };
            responses: {
                /** @description Published version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedNetworkFramework"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/framework/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adopt a network framework in this evaluation, or update it to the newest version / adopter le référentiel du réseau ou le mettre à jour */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        networkFrameworkId: string;
                    };
                };
            };
            responses: {
                /** @description Framework after the adoption, and what changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdoptionResult"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/toc-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready-made theories of change to start from / modèles de théorie du changement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Templates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TocTemplateSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/theory-of-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The working graph and its revision / la théorie du changement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Theory of change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TheoryOfChange"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Save the whole graph, checked first; refused from a stale revision / enregistrer */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        graph: {
                            nodes: {
                                id: string;
                                /** @enum {string} */
                                type: "need" | "input" | "activity" | "output" | "outcome_short" | "outcome_medium" | "outcome_long" | "impact";
                                label: string;
                                description?: string | null;
                                /** @default [] */
                                stakeholderIds?: string[];
                                position?: {
                                    x: number;
                                    y: number;
                                } | null;
                                /** @default [] */
                                comments?: {
                                    author: string;
                                    text: string;
                                    at: string;
                                }[];
                            }[];
                            edges: {
                                id: string;
                                source: string;
                                target: string;
                                assumption?: string | null;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                evidence?: "none" | "weak" | "moderate" | "strong";
                                /** @default false */
                                feedbackLoop?: boolean;
                            }[];
                        };
                        revision: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TheoryOfChange"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start from a template / partir d'un modèle */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        templateKey: string;
                        /**
                         * @default fr
                         * @enum {string}
                         */
                        locale?: "fr" | "en";
                        /** @default false */
                        replace?: boolean;
                        revision: number;
                    };
                };
            };
            responses: {
                /** @description Applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TheoryOfChange"] & {
                            suggestedIndicators: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved versions / versions enregistrées */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TocVersion"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Save the working graph as a version / enregistrer une version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        label: string;
                    };
                };
            };
            responses: {
                /** @description Saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TocVersion"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A saved version's graph / le graphe d'une version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            graph: components["schemas"]["TocGraph"];
                            label: string;
                        };
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions ("current" = working graph) / comparer deux versions */
        get: {
            parameters: {
                query: {
                    from: string;
                    to?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Differences */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TocDiff"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export as SVG (for reports) or JSON / exporter en SVG ou JSON */
        get: {
            parameters: {
                query?: {
                    format?: "svg" | "json";
                    version?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                        "application/json": string;
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/cohort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of the cohort's evaluations (consenting structures only) / suivi de la cohorte */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cohort */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CohortStructure"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/cohort/{structureId}/evaluations/{evaluationId}/theory-of-change.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort member's theory of change picture / schéma d'une structure accompagnée */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    structureId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description SVG */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/export/cids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the impact model as CIDS JSON-LD (Common Impact Data Standard) / exporter le modèle d'impact au format CIDS */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The JSON-LD file / le fichier JSON-LD */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/ld+json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/import/cids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an evaluation from a CIDS JSON-LD file, all or nothing / créer une évaluation depuis un fichier CIDS */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description CIDS JSON-LD: an object with @context and @graph, or a list of nodes each with its @context / document CIDS JSON-LD */
                        document: {
                            [key: string]: unknown;
                        } | unknown[];
                    };
                };
            };
            responses: {
                /** @description Created, with what was skipped or guessed / créée, avec les avertissements */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CidsImportResult"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The CIDS file is invalid; nothing was imported / fichier CIDS invalide, rien d'importé */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Questionnaires of the evaluation / questionnaires de l'évaluation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Questionnaires */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireSummary"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a questionnaire (empty, or from a definition) / créer un questionnaire */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        definition?: {
                            defaultLanguage: string;
                            languages: string[];
                            title: {
                                [key: string]: string;
                            };
                            description?: {
                                [key: string]: string;
                            };
                            choiceLists: {
                                name: string;
                                choices: {
                                    value: string;
                                    label: {
                                        [key: string]: string;
                                    };
                                    easyRead?: {
                                        [key: string]: string;
                                    };
                                    image?: string | null;
                                    filters?: {
                                        [key: string]: string;
                                    };
                                }[];
                            }[];
                            pages: {
                                name: string;
                                title: {
                                    [key: string]: string;
                                };
                                relevant?: string;
                                questions: {
                                    name: string;
                                    /** @enum {string} */
                                    type: "text" | "long_text" | "integer" | "decimal" | "single_choice" | "multiple_choice" | "likert" | "rating" | "yes_no" | "date" | "matrix" | "ranking" | "note" | "consent" | "calculate";
                                    label: {
                                        [key: string]: string;
                                    };
                                    hint?: {
                                        [key: string]: string;
                                    };
                                    easyRead?: {
                                        [key: string]: string;
                                    };
                                    image?: string | null;
                                    required?: boolean;
                                    requiredMessage?: {
                                        [key: string]: string;
                                    };
                                    constraint?: string;
                                    constraintMessage?: {
                                        [key: string]: string;
                                    };
                                    relevant?: string;
                                    calculation?: string;
                                    choiceList?: string;
                                    randomizeChoices?: boolean;
                                    choiceFilter?: string;
                                    scale?: {
                                        min: number;
                                        max: number;
                                        minLabel?: {
                                            [key: string]: string;
                                        };
                                        maxLabel?: {
                                            [key: string]: string;
                                        };
                                    };
                                    items?: {
                                        name: string;
                                        label: {
                                            [key: string]: string;
                                        };
                                        easyRead?: {
                                            [key: string]: string;
                                        };
                                    }[];
                                    indicatorIds?: string[];
                                    appearance?: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireDetail"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/questionnaires/import/xlsform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an XLSForm (.xlsx, base64) as a new questionnaire; what cannot be kept is listed / importer un XLSForm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        contentBase64: string;
                        title?: string | null;
                        /** @default false */
                        keepProblems?: boolean;
                    };
                };
            };
            responses: {
                /** @description Imported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["XlsformImport"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The file cannot be read or has errors, each with its sheet and row */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}/export/xlsform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft or a published version as an XLSForm workbook / exporter en XLSForm */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    questionnaireId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description XLSForm workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft, its problems and its published versions / brouillon et versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    questionnaireId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Questionnaire */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireDetail"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a questionnaire no campaign uses / supprimer */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    questionnaireId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the whole draft; refused from a stale revision / enregistrer le brouillon */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    questionnaireId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            defaultLanguage: string;
                            languages: string[];
                            title: {
                                [key: string]: string;
                            };
                            description?: {
                                [key: string]: string;
                            };
                            choiceLists: {
                                name: string;
                                choices: {
                                    value: string;
                                    label: {
                                        [key: string]: string;
                                    };
                                    easyRead?: {
                                        [key: string]: string;
                                    };
                                    image?: string | null;
                                    filters?: {
                                        [key: string]: string;
                                    };
                                }[];
                            }[];
                            pages: {
                                name: string;
                                title: {
                                    [key: string]: string;
                                };
                                relevant?: string;
                                questions: {
                                    name: string;
                                    /** @enum {string} */
                                    type: "text" | "long_text" | "integer" | "decimal" | "single_choice" | "multiple_choice" | "likert" | "rating" | "yes_no" | "date" | "matrix" | "ranking" | "note" | "consent" | "calculate";
                                    label: {
                                        [key: string]: string;
                                    };
                                    hint?: {
                                        [key: string]: string;
                                    };
                                    easyRead?: {
                                        [key: string]: string;
                                    };
                                    image?: string | null;
                                    required?: boolean;
                                    requiredMessage?: {
                                        [key: string]: string;
                                    };
                                    constraint?: string;
                                    constraintMessage?: {
                                        [key: string]: string;
                                    };
                                    relevant?: string;
                                    calculation?: string;
                                    choiceList?: string;
                                    randomizeChoices?: boolean;
                                    choiceFilter?: string;
                                    scale?: {
                                        min: number;
                                        max: number;
                                        minLabel?: {
                                            [key: string]: string;
                                        };
                                        maxLabel?: {
                                            [key: string]: string;
                                        };
                                    };
                                    items?: {
                                        name: string;
                                        label: {
                                            [key: string]: string;
                                        };
                                        easyRead?: {
                                            [key: string]: string;
                                        };
                                    }[];
                                    indicatorIds?: string[];
                                    appearance?: string;
                                }[];
                            }[];
                        };
                        revision: number;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireDetail"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze the draft as the next version, refused with every problem if any / publier une version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    questionnaireId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireDetail"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns of the evaluation with their answer counts / campagnes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaigns */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a campaign on a published questionnaire version / créer une campagne */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        stakeholderId?: string | null;
                        /**
                         * @default single
                         * @enum {string}
                         */
                        wave?: "single" | "baseline" | "follow_up" | "endline";
                        /**
                         * @default none
                         * @enum {string}
                         */
                        arm?: "none" | "treatment" | "control";
                        /** Format: date */
                        opensOn?: string | null;
                        /** Format: date */
                        closesOn?: string | null;
                        targetResponses?: number | null;
                        /** @default true */
                        publicLink?: boolean;
                        /** @default true */
                        staffEntry?: boolean;
                        /** @default false */
                        paperUpload?: boolean;
                        /**
                         * @default none
                         * @enum {string}
                         */
                        respondentCodes?: "none" | "free" | "panel";
                        consent: {
                            purpose: string;
                            controller: string;
                            retention: string;
                            rights: string;
                            contact?: string | null;
                        };
                        questionnaireId: string;
                        version?: number | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign / une campagne */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a campaign without answers / supprimer une campagne sans réponse */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change settings, open or close / modifier, ouvrir, clore */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        stakeholderId?: string | null;
                        /** @enum {string} */
                        wave?: "single" | "baseline" | "follow_up" | "endline";
                        /** @enum {string} */
                        arm?: "none" | "treatment" | "control";
                        /** Format: date */
                        opensOn?: string | null;
                        /** Format: date */
                        closesOn?: string | null;
                        targetResponses?: number | null;
                        publicLink?: boolean;
                        staffEntry?: boolean;
                        paperUpload?: boolean;
                        /** @enum {string} */
                        respondentCodes?: "none" | "free" | "panel";
                        consent?: {
                            purpose: string;
                            controller: string;
                            retention: string;
                            rights: string;
                            contact?: string | null;
                        };
                        /** @enum {string} */
                        status?: "draft" | "open" | "closed";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Campaign"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The compiled questionnaire version the campaign sends / le questionnaire de la campagne */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Compiled questionnaire */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: {
                                id: string;
                                number: number;
                                contentHash: string;
                            };
                            questionnaire: components["schemas"]["CompiledQuestionnaire"];
                        };
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse the answers, newest first, filtered / parcourir les réponses */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    source?: "web" | "staff" | "import";
                    deleted?: "exclude" | "include" | "only";
                    offset?: number | null;
                    limit?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Submissions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionPage"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Staff entry of one answered questionnaire, stored once per idempotency key / saisie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        idempotencyKey: string;
                        answers: {
                            [key: string]: string | number | boolean | string[] | {
                                [key: string]: string;
                            };
                        };
                        respondentCode?: string | null;
                        consent: boolean;
                        language: string;
                        /** @default false */
                        easyRead?: boolean;
                        /** Format: date-time */
                        startedAt?: string | null;
                        /** Format: date-time */
                        submittedAt?: string | null;
                        contentHash?: string | null;
                    };
                };
            };
            responses: {
                /** @description Already stored with this key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedSubmission"];
                    };
                };
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedSubmission"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Answers refused, one entry per question */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers over time against the target, by source and language, drop-out by page / suivi */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Follow-up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CampaignFollowUp"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public link as an SVG QR code / QR code du lien public */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description SVG picture */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the answers as CSV or XLSX, with codes or labels / exporter les réponses */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "xlsx";
                    labels?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import paper answers from CSV: every row checked, all or nothing / importer des réponses papier */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        content: string;
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Imported (or checked, for a dry run) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaperImportReport"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rows in error, each listed; nothing imported */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One submission with its corrections (the access is recorded) / une réponse */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Submission */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionDetail"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct answers, keeping the old and new values / corriger une réponse */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        changes: {
                            [key: string]: string | number | boolean | string[] | {
                                [key: string]: string;
                            } | null;
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Corrected */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionDetail"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The corrected answers break the questionnaire's rules */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/{submissionId}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Soft-delete: hidden from counts and results, restorable / mettre à la corbeille */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionDetail"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/{submissionId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a deleted submission / restaurer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    campaignId: string;
                    submissionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionDetail"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/respondent-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The panel's pseudonymous codes and how often each was used / codes de répondants */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Codes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RespondentCode"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Generate a batch of codes to print and hand out / générer des codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        count: number;
                        /** @default  */
                        prefix?: string;
                    };
                };
            };
            responses: {
                /** @description Generated */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: number;
                            codes: string[];
                        };
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/respondents/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held under one respondent code (GDPR access; recorded) / données d'un répondant */
        get: {
            parameters: {
                query?: {
                    download?: "true" | "false";
                };
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Data */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RespondentData"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Erase everything held under one code for good (GDPR erasure; recorded) / effacer */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Erased */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            submissions: number;
                            interviews: number;
                        };
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/interview-guides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interview guides / guides d'entretien */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Guides */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewGuide"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an interview guide / créer un guide */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        introduction?: string | null;
                        themes: {
                            title: string;
                            questions: {
                                text: string;
                                /** @default [] */
                                prompts?: string[];
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewGuide"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/interview-guides/{guideId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace an interview guide / modifier un guide */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    guideId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        introduction?: string | null;
                        themes: {
                            title: string;
                            questions: {
                                text: string;
                                /** @default [] */
                                prompts?: string[];
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewGuide"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete an interview guide (interviews keep their content) / supprimer un guide */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    guideId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interviews held, with their transcripts / entretiens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Interviews */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interview"][];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record an interview / enregistrer un entretien */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        guideId?: string | null;
                        /** Format: date */
                        heldOn: string;
                        interviewer: string;
                        /** @enum {string} */
                        stakeholderCategory: "beneficiaries" | "families_carers" | "staff" | "volunteers" | "members" | "funders" | "public_bodies" | "partners" | "businesses" | "local_community" | "other";
                        respondentCode?: string | null;
                        /** @enum {string} */
                        consentGiven: "oral" | "written";
                        notes?: string | null;
                        transcript?: string | null;
                        transcriptFileName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interview"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{orgId}/evaluations/{evaluationId}/interviews/{interviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One interview / un entretien */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    interviewId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Interview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interview"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace an interview's record / modifier un entretien */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    interviewId: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        guideId?: string | null;
                        /** Format: date */
                        heldOn: string;
                        interviewer: string;
                        /** @enum {string} */
                        stakeholderCategory: "beneficiaries" | "families_carers" | "staff" | "volunteers" | "members" | "funders" | "public_bodies" | "partners" | "businesses" | "local_community" | "other";
                        respondentCode?: string | null;
                        /** @enum {string} */
                        consentGiven: "oral" | "written";
                        notes?: string | null;
                        transcript?: string | null;
                        transcriptFileName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interview"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete an interview / supprimer un entretien */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    evaluationId: string;
                    interviewId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in / non connecté */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Role too weak / rôle insuffisant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/forms/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The form to answer, compiled, with its consent notice / le questionnaire à remplir */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The campaign's public link secret */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Form */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicForm"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/forms/{token}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one answered form; a retry with the same idempotency key is stored once / envoyer les réponses */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The campaign's public link secret */
                    token: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        idempotencyKey: string;
                        answers: {
                            [key: string]: string | number | boolean | string[] | {
                                [key: string]: string;
                            };
                        };
                        respondentCode?: string | null;
                        consent: boolean;
                        language: string;
                        /** @default false */
                        easyRead?: boolean;
                        /** Format: date-time */
                        startedAt?: string | null;
                        /** Format: date-time */
                        submittedAt?: string | null;
                        contentHash?: string | null;
                    };
                };
            };
            responses: {
                /** @description Already stored with this key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedSubmission"];
                    };
                };
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedSubmission"];
                    };
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state / conflit avec l'état actuel */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Answers refused, one entry per question; or consent or respondent code missing */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/forms/{token}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How far an anonymous respondent got, for the drop-out follow-up / progression */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The campaign's public link secret */
                    token: string;
                };
                cookie?: never;
            };
            /** @description JSON body */
            requestBody: {
                content: {
                    "application/json": {
                        sessionKey: string;
                        page: number;
                        /** @default false */
                        completed?: boolean;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input / données invalides */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found or not a member / introuvable ou non membre */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Me: {
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            locale: "fr" | "en";
            organisations: components["schemas"]["MyOrganisation"][];
        };
        MyOrganisation: components["schemas"]["Organisation"] & {
            /** @enum {string} */
            myRole: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
        };
        Organisation: {
            id: string;
            name: string;
            slug: string;
            /** @enum {string} */
            kind: "network" | "regional_body" | "structure" | "establishment" | "support_organisation";
            parentId: string | null;
            rootId: string;
            depth: number;
            sectorTags: string[];
            territory: string | null;
            createdAt: string;
            updatedAt: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            code: string;
            detail: string;
            instance: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        DirectoryEntry: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "network" | "regional_body" | "support_organisation";
            territory: string | null;
            rootId: string;
        };
        OrganisationWithAccess: components["schemas"]["Organisation"] & {
            /** @enum {string|null} */
            myRole: "owner" | "admin" | "evaluator" | "contributor" | "viewer" | null;
            /** @enum {string|null} */
            inheritedRole: "owner" | "admin" | "evaluator" | "contributor" | "viewer" | null;
        };
        OrganisationTree: {
            ancestors: {
                id: string;
                name: string;
                /** @enum {string} */
                kind: "network" | "regional_body" | "structure" | "establishment" | "support_organisation";
            }[];
            nodes: components["schemas"]["Organisation"][];
        };
        Member: {
            id: string;
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
            joinedAt: string;
        };
        Invitation: {
            id: string;
            /** @enum {string} */
            role: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
            email: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            expiresAt: string;
            createdAt: string;
            acceptedAt: string | null;
        };
        CreatedInvitation: {
            id: string;
            /** @enum {string} */
            role: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
            email: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            expiresAt: string;
            createdAt: string;
            acceptedAt: string | null;
            token: string;
            link: string;
        };
        InvitationPreview: {
            organisationName: string;
            organisationKind: string;
            /** @enum {string} */
            role: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
            email: string | null;
            expiresAt: string;
        };
        AcceptedInvitation: {
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            role: "owner" | "admin" | "evaluator" | "contributor" | "viewer";
        };
        JoinRequestLists: {
            incoming: components["schemas"]["JoinRequest"][];
            outgoing: components["schemas"]["JoinRequest"][];
        };
        JoinRequest: {
            id: string;
            organisationId: string;
            organisationName: string;
            targetOrganisationId: string;
            targetOrganisationName: string;
            message: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected" | "cancelled";
            createdAt: string;
            decidedAt: string | null;
        };
        Accompaniment: {
            id: string;
            supportOrganisationId: string;
            supportOrganisationName: string;
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            status: "requested" | "active" | "declined" | "ended";
            cohort: string | null;
            startsOn: string | null;
            endsOn: string | null;
            message: string | null;
            consented: boolean;
            createdAt: string;
        };
        AuditPage: {
            events: components["schemas"]["AuditEvent"][];
            nextCursor: number | null;
        };
        AuditEvent: {
            id: number;
            actorUserId: string | null;
            actorLabel: string;
            action: string;
            targetType: string;
            targetId: string | null;
            summary: {
                [key: string]: unknown;
            };
            createdAt: string;
        };
        EvaluationSummary: {
            id: string;
            organisationId: string;
            title: string;
            subject: string | null;
            /** @enum {string} */
            subjectKind: "activity" | "programme" | "organisation";
            periodStart: string | null;
            periodEnd: string | null;
            /** @enum {string} */
            currentStep: "scope" | "stakeholders" | "theory_of_change" | "framework" | "collection" | "analysis" | "reporting";
            doneCount: number;
            steps: {
                /** @enum {string} */
                step: "scope" | "stakeholders" | "theory_of_change" | "framework" | "collection" | "analysis" | "reporting";
                /** @enum {string} */
                status: "not_started" | "in_progress" | "done";
            }[];
            createdAt: string;
            updatedAt: string;
        };
        EvaluationDetail: {
            id: string;
            organisationId: string;
            title: string;
            subject: string | null;
            /** @enum {string} */
            subjectKind: "activity" | "programme" | "organisation";
            periodStart: string | null;
            periodEnd: string | null;
            /** @enum {string} */
            currentStep: "scope" | "stakeholders" | "theory_of_change" | "framework" | "collection" | "analysis" | "reporting";
            doneCount: number;
            createdAt: string;
            updatedAt: string;
            purposes: string[];
            audiences: string[];
            territory: string | null;
            steeringCommittee: {
                name: string;
                role: string | null;
            }[];
            questions: {
                id: string;
                text: string;
                /** @description The network whose shared framework the question comes from: it cannot be reworded or removed */
                network: string | null;
            }[];
            steps: {
                /** @enum {string} */
                step: "scope" | "stakeholders" | "theory_of_change" | "framework" | "collection" | "analysis" | "reporting";
                /** @enum {string} */
                status: "not_started" | "in_progress" | "done";
                checked: string[];
                completedAt: string | null;
                reopenedAt: string | null;
                updatedAt: string | null;
            }[];
            counts: {
                stakeholders: number;
                activities: number;
                contributions: number;
            };
        };
        ValueChain: {
            stakeholders: {
                id: string;
                evaluationId: string;
                organisationId: string;
                name: string;
                category: string;
                estimatedSize: number | null;
                involvement: string;
                expectedChanges: string | null;
                position: number;
                createdAt: string;
            }[];
            activities: {
                id: string;
                evaluationId: string;
                organisationId: string;
                name: string;
                description: string | null;
                position: number;
                createdAt: string;
            }[];
            contributions: {
                id: string;
                evaluationId: string;
                organisationId: string;
                stakeholderId: string;
                activityId: string;
                /** @enum {string} */
                kind: "money" | "volunteer_time" | "staff_time" | "in_kind";
                /** @description Decimal in euros with two places, e.g. "1250.00" */
                amount: string | null;
                /** @description Decimal in euros with two places, e.g. "1250.00" */
                hours: string | null;
                /** @description Decimal in euros with two places, e.g. "1250.00" */
                hourlyValue: string | null;
                description: string | null;
                valueSource: string | null;
                /** @description Decimal in euros with two places, e.g. "1250.00" */
                value: string;
                createdAt: string;
            }[];
            chain: {
                cells: {
                    stakeholderId: string;
                    activityId: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    value: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    hours: string;
                    byKind: {
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        money: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        volunteer_time: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        staff_time: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        in_kind: string;
                    };
                    contributionIds: string[];
                }[];
                byStakeholder: {
                    stakeholderId: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    value: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    hours: string;
                    byKind: {
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        money: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        volunteer_time: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        staff_time: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        in_kind: string;
                    };
                }[];
                byActivity: {
                    activityId: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    value: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    hours: string;
                    byKind: {
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        money: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        volunteer_time: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        staff_time: string;
                        /** @description Decimal in euros with two places, e.g. "1250.00" */
                        in_kind: string;
                    };
                }[];
                byKind: {
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    money: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    volunteer_time: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    staff_time: string;
                    /** @description Decimal in euros with two places, e.g. "1250.00" */
                    in_kind: string;
                };
                /** @description Decimal in euros with two places, e.g. "1250.00" */
                hours: string;
                /** @description Decimal in euros with two places, e.g. "1250.00" */
                total: string;
            };
        };
        Indicator: {
            id: string;
            code: string;
            /** @enum {string} */
            scope: "private" | "network" | "public";
            organisationId: string | null;
            ownerName: string | null;
            builtIn: boolean;
            version: number;
            versionId: string;
            currentVersion: number;
            content: components["schemas"]["IndicatorContent"];
            changeNote: string | null;
            editable: boolean;
            createdAt: string;
            updatedAt: string;
        };
        IndicatorContent: {
            code: string;
            name: {
                fr: string;
                en: string;
            };
            definition: {
                fr: string;
                en: string;
            };
            /** @enum {string} */
            type: "count" | "sum" | "mean" | "proportion" | "ratio" | "score" | "qualitative";
            unit: {
                fr: string;
                en: string;
            };
            /** @enum {string} */
            direction: "higher_is_better" | "lower_is_better" | "neutral";
            source: {
                fr: string;
                en: string;
            };
            /** @enum {string} */
            collectionMethod: "questionnaire" | "interview" | "focus_group" | "observation" | "administrative_records" | "existing_dataset" | "document_review";
            questionWording?: {
                fr: string;
                en: string;
            } | null;
            /** @enum {string} */
            frequency: "once" | "per_wave" | "monthly" | "quarterly" | "half_yearly" | "yearly";
            disaggregations: string[];
            sectors: ("employment_insertion" | "entrepreneurship_cooperatives" | "disability_autonomy" | "isolation_social_ties" | "health" | "rural_services" | "energy_citizen_participation" | "youth" | "volunteering" | "governance" | "justice" | "housing" | "food" | "education" | "environment")[];
            /** @enum {string} */
            impDimension: "what" | "who" | "how_much" | "contribution" | "risk";
            tags: string[];
            irisId?: string | null;
            irisVersion?: string | null;
        };
        IndicatorImportReport: {
            rows: number;
            imported: number;
            dryRun: boolean;
            codes: string[];
        };
        IndicatorDetail: components["schemas"]["Indicator"] & {
            versions: {
                id: string;
                version: number;
                changeNote: string | null;
                createdAt: string;
            }[];
            usage: {
                evaluations: number;
            };
        };
        Framework: {
            questions: {
                id: string;
                text: string;
                origin: components["schemas"]["NetworkOrigin"];
                criteria: {
                    id: string;
                    questionId: string;
                    /** @enum {string} */
                    kind: "relevance" | "coherence" | "effectiveness" | "efficiency" | "impact" | "sustainability" | "custom";
                    label: string;
                    origin: components["schemas"]["NetworkOrigin"];
                    indicators: components["schemas"]["FrameworkIndicator"][];
                }[];
            }[];
            unplaced: components["schemas"]["FrameworkIndicator"][];
            coverage: {
                outcomesWithoutIndicator: {
                    nodeId: string;
                    /** @enum {string} */
                    type: "need" | "input" | "activity" | "output" | "outcome_short" | "outcome_medium" | "outcome_long" | "impact";
                    label: string;
                }[];
                indicatorsMeasuringNothing: string[];
                danglingLinks: {
                    frameworkIndicatorId: string;
                    nodeId: string;
                    label: string | null;
                }[];
            };
            adoptions: components["schemas"]["FrameworkAdoption"][];
        };
        /** @description The network framework the item was copied from (shared, locked: no removal, move, renaming or upgrade by the member); null for the evaluation's own items */
        NetworkOrigin: {
            networkFrameworkId: string;
            frameworkName: string;
            /** @description The publishing network or regional body */
            networkName: string;
        } | null;
        FrameworkIndicator: {
            id: string;
            criterionId: string | null;
            /** @description The library definition */
            indicatorId: string;
            code: string;
            name: {
                fr: string;
                en: string;
            };
            type: string;
            unit: {
                fr: string;
                en: string;
            };
            pinnedVersion: number;
            currentVersion: number;
            upgradeAvailable: boolean;
            /** @description Why the newest version was made, when offered */
            changeNote: string | null;
            /** @description Decimal as typed, e.g. "42.5" or "-3" */
            baselineValue: string | null;
            /** @description ISO date, e.g. 2026-12-31 */
            baselineDate: string | null;
            baselineNote: string | null;
            /** @description Decimal as typed, e.g. "42.5" or "-3" */
            targetValue: string | null;
            /** @description ISO date, e.g. 2026-12-31 */
            targetDate: string | null;
            outcomeNodeIds: string[];
            origin: components["schemas"]["NetworkOrigin"];
        };
        FrameworkAdoption: {
            networkFrameworkId: string;
            name: string;
            /** @description The publishing network or regional body */
            network: string;
            adoptedVersion: number;
            currentVersion: number;
            updateAvailable: boolean;
            /** @description Why the newest version was made, when offered */
            changeNote: string | null;
        };
        NetworkFramework: {
            id: string;
            name: string;
            description: string | null;
            /** @description The publishing network or regional body */
            network: {
                id: string;
                name: string;
                /** @enum {string} */
                kind: "network" | "regional_body" | "structure" | "establishment" | "support_organisation";
            };
            /**
             * @description Published by the organisation asking, or adoptable (published by one of its ancestors)
             * @enum {string}
             */
            relation: "published" | "adoptable";
            currentVersion: number;
            /** @description What the current version changed */
            changeNote: string | null;
            /** @description When the current version was published (ISO) */
            publishedAt: string;
            counts: {
                questions: number;
                criteria: number;
                indicators: number;
            };
            indicators: {
                code: string;
                version: number;
            }[];
            /** @description The publisher's evaluation the versions come from; null for members */
            sourceEvaluationId: string | null;
            /** @description For the publisher: how many member evaluations follow each version (counts only) */
            adoptions: {
                version: number;
                evaluations: number;
                organisations: number;
            }[] | null;
        };
        PublishedNetworkFramework: {
            networkFramework: components["schemas"]["NetworkFramework"];
            changes: {
                unchanged: boolean;
                indicatorsAdded: string[];
                indicatorsRemoved: string[];
                indicatorsRepinned: {
                    code: string;
                    from: number;
                    to: number;
                }[];
                questionsAdded: number;
                questionsRemoved: number;
                criteriaAdded: number;
                criteriaRemoved: number;
            };
        };
        AdoptionResult: {
            framework: components["schemas"]["Framework"];
            adoption: {
                networkFrameworkId: string;
                name: string;
                network: string;
                /** @description Null on a first adoption */
                fromVersion: number | null;
                toVersion: number;
                /** @description False when the evaluation already followed this version */
                changed: boolean;
                added: {
                    questions: number;
                    criteria: number;
                    indicators: string[];
                };
                /** @description Indicators the evaluation already had, now shared (figures kept, version aligned) */
                linked: string[];
                repinned: {
                    code: string;
                    from: number;
                    to: number;
                }[];
                removed: {
                    questions: number;
                    criteria: number;
                    indicators: string[];
                };
                /** @description Dropped by the network but carrying the member's baseline, target or own items: kept as its own */
                keptAsLocal: {
                    questions: string[];
                    criteria: string[];
                    indicators: string[];
                };
            };
        };
        TocTemplateSummary: {
            key: string;
            sector: string;
            name: {
                fr: string;
                en: string;
            };
            description: {
                fr: string;
                en: string;
            };
            nodes: number;
            edges: number;
        };
        TheoryOfChange: {
            graph: components["schemas"]["TocGraph"];
            revision: number;
            templateKey: string | null;
            updatedAt: string | null;
        };
        TocGraph: {
            nodes: {
                id: string;
                /** @enum {string} */
                type: "need" | "input" | "activity" | "output" | "outcome_short" | "outcome_medium" | "outcome_long" | "impact";
                label: string;
                description?: string | null;
                stakeholderIds: string[];
                position?: {
                    x: number;
                    y: number;
                } | null;
                comments: {
                    author: string;
                    text: string;
                    at: string;
                }[];
            }[];
            edges: {
                id: string;
                source: string;
                target: string;
                assumption?: string | null;
                /** @enum {string} */
                evidence: "none" | "weak" | "moderate" | "strong";
                feedbackLoop: boolean;
            }[];
        };
        TocVersion: {
            id: string;
            number: number;
            label: string;
            createdAt: string;
            createdBy: string | null;
            nodes: number;
            edges: number;
        };
        TocDiff: {
            from: string;
            to: string;
            nodes: {
                added: {
                    id: string;
                    /** @enum {string} */
                    type: "need" | "input" | "activity" | "output" | "outcome_short" | "outcome_medium" | "outcome_long" | "impact";
                    label: string;
                    description?: string | null;
                    stakeholderIds: string[];
                    position?: {
                        x: number;
                        y: number;
                    } | null;
                    comments: {
                        author: string;
                        text: string;
                        at: string;
                    }[];
                }[];
                removed: {
                    id: string;
                    /** @enum {string} */
                    type: "need" | "input" | "activity" | "output" | "outcome_short" | "outcome_medium" | "outcome_long" | "impact";
                    label: string;
                    description?: string | null;
                    stakeholderIds: string[];
                    position?: {
                        x: number;
                        y: number;
                    } | null;
                    comments: {
                        author: string;
                        text: string;
                        at: string;
                    }[];
                }[];
                changed: {
                    before: {
                        id: string;
                        /** @enum {string} */
                        type: "need" | "input" | "activity" | "output" | "outcome_short" | "outcome_medium" | "outcome_long" | "impact";
                        label: string;
                        description?: string | null;
                        stakeholderIds: string[];
                        position?: {
                            x: number;
                            y: number;
                        } | null;
                        comments: {
                            author: string;
                            text: string;
                            at: string;
                        }[];
                    };
                    after: {
                        id: string;
                        /** @enum {string} */
                        type: "need" | "input" | "activity" | "output" | "outcome_short" | "outcome_medium" | "outcome_long" | "impact";
                        label: string;
                        description?: string | null;
                        stakeholderIds: string[];
                        position?: {
                            x: number;
                            y: number;
                        } | null;
                        comments: {
                            author: string;
                            text: string;
                            at: string;
                        }[];
                    };
                    fields: string[];
                }[];
            };
            edges: {
                added: {
                    id: string;
                    source: string;
                    target: string;
                    assumption?: string | null;
                    /** @enum {string} */
                    evidence: "none" | "weak" | "moderate" | "strong";
                    feedbackLoop: boolean;
                }[];
                removed: {
                    id: string;
                    source: string;
                    target: string;
                    assumption?: string | null;
                    /** @enum {string} */
                    evidence: "none" | "weak" | "moderate" | "strong";
                    feedbackLoop: boolean;
                }[];
                changed: {
                    before: {
                        id: string;
                        source: string;
                        target: string;
                        assumption?: string | null;
                        /** @enum {string} */
                        evidence: "none" | "weak" | "moderate" | "strong";
                        feedbackLoop: boolean;
                    };
                    after: {
                        id: string;
                        source: string;
                        target: string;
                        assumption?: string | null;
                        /** @enum {string} */
                        evidence: "none" | "weak" | "moderate" | "strong";
                        feedbackLoop: boolean;
                    };
                    fields: string[];
                }[];
            };
            summary: {
                fr: string;
                en: string;
            };
        };
        CohortStructure: {
            organisationId: string;
            name: string;
            territory: string | null;
            cohort: string | null;
            startsOn: string | null;
            endsOn: string | null;
            evaluations: {
                id: string;
                title: string;
                /** @enum {string} */
                currentStep: "scope" | "stakeholders" | "theory_of_change" | "framework" | "collection" | "analysis" | "reporting";
                doneCount: number;
                steps: {
                    /** @enum {string} */
                    step: "scope" | "stakeholders" | "theory_of_change" | "framework" | "collection" | "analysis" | "reporting";
                    /** @enum {string} */
                    status: "not_started" | "in_progress" | "done";
                }[];
                updatedAt: string;
                deliverables: {
                    theoryOfChange: {
                        nodes: number;
                        edges: number;
                        versions: number;
                        updatedAt: string | null;
                    };
                    framework: {
                        indicators: number;
                        outcomesWithoutIndicator: number;
                    };
                };
            }[];
        };
        CidsImportResult: {
            evaluationId: string;
            title: string;
            counts: {
                stakeholders: number;
                activities: number;
                contributions: number;
                tocNodes: number;
                tocLinks: number;
                indicators: number;
                indicatorsMatched: number;
                indicatorsCreated: number;
            };
            warnings: {
                fr: string;
                en: string;
            }[];
        };
        QuestionnaireSummary: {
            id: string;
            evaluationId: string;
            title: string;
            languages: string[];
            questionCount: number;
            currentVersion: number | null;
            draftChanged: boolean;
            campaignCount: number;
            updatedAt: string;
        };
        QuestionnaireDetail: components["schemas"]["QuestionnaireSummary"] & {
            draft: components["schemas"]["QuestionnaireDefinition"];
            draftRevision: number;
            /** @description Problems that block publication, each with the path of the field concerned */
            issues: {
                path: string;
                message: {
                    fr: string;
                    en: string;
                };
            }[];
            versions: {
                id: string;
                version: number;
                contentHash: string;
                publishedAt: string;
                publishedBy: string | null;
            }[];
        };
        QuestionnaireDefinition: {
            defaultLanguage: string;
            languages: string[];
            title: {
                [key: string]: string;
            };
            description?: {
                [key: string]: string;
            };
            choiceLists: {
                name: string;
                choices: {
                    value: string;
                    label: {
                        [key: string]: string;
                    };
                    easyRead?: {
                        [key: string]: string;
                    };
                    image?: string | null;
                    filters?: {
                        [key: string]: string;
                    };
                }[];
            }[];
            pages: {
                name: string;
                title: {
                    [key: string]: string;
                };
                relevant?: string;
                questions: {
                    name: string;
                    /** @enum {string} */
                    type: "text" | "long_text" | "integer" | "decimal" | "single_choice" | "multiple_choice" | "likert" | "rating" | "yes_no" | "date" | "matrix" | "ranking" | "note" | "consent" | "calculate";
                    label: {
                        [key: string]: string;
                    };
                    hint?: {
                        [key: string]: string;
                    };
                    easyRead?: {
                        [key: string]: string;
                    };
                    image?: string | null;
                    required?: boolean;
                    requiredMessage?: {
                        [key: string]: string;
                    };
                    constraint?: string;
                    constraintMessage?: {
                        [key: string]: string;
                    };
                    relevant?: string;
                    calculation?: string;
                    choiceList?: string;
                    randomizeChoices?: boolean;
                    choiceFilter?: string;
                    scale?: {
                        min: number;
                        max: number;
                        minLabel?: {
                            [key: string]: string;
                        };
                        maxLabel?: {
                            [key: string]: string;
                        };
                    };
                    items?: {
                        name: string;
                        label: {
                            [key: string]: string;
                        };
                        easyRead?: {
                            [key: string]: string;
                        };
                    }[];
                    indicatorIds?: string[];
                    appearance?: string;
                }[];
            }[];
        };
        XlsformImport: {
            questionnaire: components["schemas"]["QuestionnaireDetail"];
            unmapped: {
                sheet: string;
                line: number | null;
                column: string | null;
                message: {
                    fr: string;
                    en: string;
                };
            }[];
        };
        Campaign: {
            id: string;
            evaluationId: string;
            name: string;
            questionnaire: {
                id: string;
                title: string;
                version: number;
                versionId: string;
            };
            stakeholder: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            wave: "single" | "baseline" | "follow_up" | "endline";
            /** @enum {string} */
            arm: "none" | "treatment" | "control";
            opensOn: string | null;
            closesOn: string | null;
            targetResponses: number | null;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            acceptingAnswers: boolean;
            /** @enum {string|null} */
            closedReason: "draft" | "closed" | "not_yet_open" | "ended" | null;
            channels: {
                publicLink: boolean;
                staffEntry: boolean;
                paperUpload: boolean;
            };
            /** @enum {string} */
            respondentCodes: "none" | "free" | "panel";
            consent: components["schemas"]["ConsentNotice"];
            publicUrl: string | null;
            responses: number;
            createdAt: string;
            updatedAt: string;
        };
        ConsentNotice: {
            purpose: string;
            controller: string;
            retention: string;
            rights: string;
            contact: string | null;
        };
        CompiledQuestionnaire: {
            /** @enum {number} */
            format: 1;
            definition: components["schemas"]["QuestionnaireDefinition"];
            /** @description Parsed expressions (syntax trees) by `<question>#<field>` */
            expressions: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            calculationOrder: string[];
        };
        RecordedSubmission: {
            id: string;
            receivedAt: string;
            /** @description Already stored with this idempotency key: nothing new written */
            duplicate: boolean;
        };
        CampaignFollowUp: {
            campaignId: string;
            target: number | null;
            responses: number;
            deleted: number;
            withCode: number;
            easyRead: number;
            byDay: {
                date: string;
                count: number;
                cumulative: number;
            }[];
            bySource: {
                source: string;
                count: number;
            }[];
            byLanguage: {
                language: string;
                count: number;
            }[];
            sessions: {
                started: number;
                completed: number;
            };
            pages: {
                index: number;
                name: string;
                title: string;
                questions: number;
                reached: number;
            }[];
        };
        SubmissionPage: {
            total: number;
            items: components["schemas"]["SubmissionSummary"][];
        };
        SubmissionSummary: {
            id: string;
            campaignId: string;
            questionnaireVersionId: string;
            respondentCode: string | null;
            /** @enum {string} */
            source: "web" | "staff" | "import";
            language: string;
            easyRead: boolean;
            submittedAt: string;
            receivedAt: string;
            deletedAt: string | null;
            corrections: number;
        };
        PaperImportReport: {
            rows: number;
            imported: number;
            duplicates: number;
            dryRun: boolean;
        };
        SubmissionDetail: {
            id: string;
            campaignId: string;
            questionnaireVersionId: string;
            respondentCode: string | null;
            /** @enum {string} */
            source: "web" | "staff" | "import";
            language: string;
            easyRead: boolean;
            submittedAt: string;
            receivedAt: string;
            deletedAt: string | null;
            corrections: number;
            answers: {
                [key: string]: unknown;
            };
            consent: {
                given: boolean;
                at: string;
                noticeHash: string;
            } | null;
            enteredBy: string | null;
            revisions: {
                id: string;
                changedAt: string;
                changedBy: string | null;
                reason: string | null;
                changes: {
                    question: string;
                    before?: unknown;
                    after?: unknown;
                }[];
            }[];
        };
        RespondentCode: {
            code: string;
            batch: number;
            createdAt: string;
            submissions: number;
        };
        RespondentData: {
            code: string;
            submissions: {
                id: string;
                campaignId: string;
                questionnaireVersionId: string;
                campaign: string;
                wave: string;
                arm: string;
                source: string;
                submittedAt: string;
                deletedAt: string | null;
                consent?: unknown;
                answers: {
                    [key: string]: unknown;
                };
                corrections: {
                    changedAt: string;
                    reason: string | null;
                    changes?: unknown;
                }[];
            }[];
            interviews: {
                id: string;
                heldOn: string;
                stakeholderCategory: string;
                consentGiven: string;
                notes: string | null;
                transcript: string | null;
            }[];
        };
        InterviewGuide: {
            id: string;
            title: string;
            introduction: string | null;
            themes: {
                title: string;
                questions: {
                    text: string;
                    prompts: string[];
                }[];
            }[];
            updatedAt: string;
        };
        Interview: {
            id: string;
            guideId: string | null;
            heldOn: string;
            interviewer: string;
            stakeholderCategory: string;
            respondentCode: string | null;
            /** @enum {string} */
            consentGiven: "oral" | "written";
            notes: string | null;
            transcript: string | null;
            transcriptFileName: string | null;
            words: number;
            updatedAt: string;
        };
        PublicForm: {
            campaign: {
                name: string;
                organisation: string;
                acceptingAnswers: boolean;
                /** @enum {string|null} */
                closedReason: "draft" | "closed" | "not_yet_open" | "ended" | null;
                opensOn: string | null;
                closesOn: string | null;
                /** @enum {string} */
                respondentCodes: "none" | "free" | "panel";
                consent: components["schemas"]["ConsentNotice"];
            };
            version: {
                id: string;
                number: number;
                contentHash: string;
            };
            questionnaire: components["schemas"]["CompiledQuestionnaire"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
