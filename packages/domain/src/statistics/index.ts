// Statistics for impact evaluation, checked against R (see test/fixtures/statistics). Every
// test returns either numbers or a CannotCompute with a reason and a bilingual message.
export {
  type ChiSquaredOptions,
  type ChiSquaredTest,
  chiSquaredTest,
} from "./chi-squared-test.ts";
export {
  type ComparisonContext,
  type ComparisonDescription,
  type ComparisonResult,
  describeComparison,
} from "./describe/describe-comparison.ts";
export { formatPValue } from "./describe/format.ts";
export {
  type DidCell,
  type DidInput,
  type DifferenceInDifferences,
  differenceInDifferences,
} from "./difference-in-differences.ts";
export { chiSquaredDensity, chiSquaredQuantile, chiSquaredTails } from "./distributions/chi-squared.ts";
export { fDensity, fQuantile, fTails } from "./distributions/fisher-f.ts";
export {
  hypergeometricCdf,
  hypergeometricLogPmf,
  hypergeometricPmf,
  hypergeometricQuantile,
} from "./distributions/hypergeometric.ts";
export { noncentralTCdf } from "./distributions/noncentral-t.ts";
export { normalCdf, normalDensity, normalQuantile, normalTails } from "./distributions/normal.ts";
export { studentTDensity, studentTQuantile, studentTTails } from "./distributions/student-t.ts";
export {
  cohensD,
  type EffectSize,
  type EffectSizeOptions,
  hedgesCorrection,
  hedgesG,
  pairedDz,
} from "./effect-size.ts";
export { type FisherExactTest, type FisherOptions, fisherExactTest } from "./fisher-exact-test.ts";
export {
  COHEN_D,
  COHEN_G,
  COHEN_R,
  COHEN_W,
  cramersVThresholds,
  type Magnitude,
  type MagnitudeThresholds,
  magnitudeOf,
} from "./magnitude.ts";
export {
  type McNemarOptions,
  type McNemarTest,
  mcnemarTest,
  mcnemarTestFromPairs,
  pairedYesNoTable,
} from "./mcnemar-test.ts";
export {
  INTERCEPT,
  type NamedColumn,
  type OlsCoefficient,
  type OlsFit,
  type OlsOptions,
  ols,
} from "./ols.ts";
export {
  type PowerAlternative,
  type TTestPower,
  type TTestPowerOptions,
  type TTestSampleSize,
  tTestPower,
  tTestSampleSize,
} from "./power-t-test.ts";
export {
  type ProportionsPower,
  type ProportionsPowerOptions,
  type ProportionsSampleSize,
  proportionsPower,
  proportionsSampleSize,
} from "./power-two-proportions.ts";
export { type CannotComputeReason, reasonMessage } from "./reasons.ts";
export type { Tails } from "./special/tails.ts";
export {
  ALTERNATIVES,
  type Alternative,
  type CannotCompute,
  type ConfidenceInterval,
  type StatResult,
} from "./stat-result.ts";
export type { SampleSummary } from "./summary.ts";
export { type OneSampleTTest, oneSampleTTest } from "./t-test-one-sample.ts";
export { type PairedTTest, pairedTTest } from "./t-test-paired.ts";
export { studentTTest, type TTestOptions, type TwoSampleTTest, welchTTest } from "./t-test-two-sample.ts";
export {
  type ProportionCount,
  type TwoProportionsOptions,
  type TwoProportionsTest,
  twoProportionsTest,
} from "./two-proportions.ts";
export {
  type RankSumTest,
  type RankTestMethod,
  type RankTestOptions,
  wilcoxonRankSumTest,
} from "./wilcoxon-rank-sum.ts";
export {
  type SignedRankTest,
  wilcoxonOneSampleTest,
  wilcoxonSignedRankTest,
} from "./wilcoxon-signed-rank.ts";
export { type WilsonInterval, type WilsonOptions, wilsonInterval } from "./wilson-interval.ts";
