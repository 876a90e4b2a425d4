import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { AppLayout } from "./components/AppLayout.tsx";
import { EvaluationLayout } from "./components/evaluation/EvaluationLayout.tsx";
import { OrganisationLayout } from "./components/OrganisationLayout.tsx";
import { PageLoader } from "./components/PageLoader.tsx";
import { RequireAuth } from "./components/RequireAuth.tsx";
import { AuditPage } from "./pages/AuditPage.tsx";
import { CampaignPage } from "./pages/CampaignPage.tsx";
import { CohortPage } from "./pages/CohortPage.tsx";
import { CreateOrganisationPage } from "./pages/CreateOrganisationPage.tsx";
import { EvaluationOverviewPage } from "./pages/EvaluationOverviewPage.tsx";
import { EvaluationStepPage } from "./pages/EvaluationStepPage.tsx";
import { EvaluationsPage } from "./pages/EvaluationsPage.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { IndicatorsPage } from "./pages/IndicatorsPage.tsx";
import { InvitationPage } from "./pages/InvitationPage.tsx";
import { JoinRequestsPage } from "./pages/JoinRequestsPage.tsx";
import { MembersPage } from "./pages/MembersPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { OverviewPage } from "./pages/OverviewPage.tsx";
import { PrintableGuidePage } from "./pages/PrintableGuidePage.tsx";
import { RespondentCodeSheetPage } from "./pages/RespondentCodeSheetPage.tsx";
import { SignInPage } from "./pages/SignInPage.tsx";
import { SignUpPage } from "./pages/SignUpPage.tsx";
import { TreePage } from "./pages/TreePage.tsx";

// The questionnaire builder is a large screen: loaded only when a questionnaire is opened.
const QuestionnaireBuilderPage = lazy(() =>
  import("./pages/QuestionnaireBuilderPage.tsx").then((m) => ({ default: m.QuestionnaireBuilderPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-up" element={<SignUpPage />} />
        <Route path="/invitations/:token" element={<InvitationPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="/organisations/new" element={<CreateOrganisationPage />} />
          <Route path="/o/:orgId" element={<OrganisationLayout />}>
            <Route index element={<OverviewPage />} />
            <Route path="evaluations" element={<EvaluationsPage />} />
            <Route path="evaluations/:evaluationId" element={<EvaluationLayout />}>
              <Route index element={<EvaluationOverviewPage />} />
              <Route path="steps/:step" element={<EvaluationStepPage />} />
              <Route path="campaigns/:campaignId" element={<CampaignPage />} />
              <Route
                path="questionnaires/:questionnaireId"
                element={
                  <Suspense fallback={<PageLoader />}>
                    <QuestionnaireBuilderPage />
                  </Suspense>
                }
              />
            </Route>
            {/* Pages made to be printed: outside the evaluation's header and steps. */}
            <Route path="evaluations/:evaluationId/codes/print" element={<RespondentCodeSheetPage />} />
            <Route
              path="evaluations/:evaluationId/interview-guides/:guideId/print"
              element={<PrintableGuidePage />}
            />
            <Route path="indicators" element={<IndicatorsPage />} />
            <Route path="cohort" element={<CohortPage />} />
            <Route path="tree" element={<TreePage />} />
            <Route path="members" element={<MembersPage />} />
            <Route path="join-requests" element={<JoinRequestsPage />} />
            <Route path="audit" element={<AuditPage />} />
          </Route>
        </Route>
        <Route path="/organisations" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
