import type { ChiSquaredTest } from "../chi-squared-test.ts";
import type { DifferenceInDifferences } from "../difference-in-differences.ts";
import type { FisherExactTest } from "../fisher-exact-test.ts";
import type { McNemarTest } from "../mcnemar-test.ts";
import type { OneSampleTTest } from "../t-test-one-sample.ts";
import type { PairedTTest } from "../t-test-paired.ts";
import type { TwoSampleTTest } from "../t-test-two-sample.ts";
import type { TwoProportionsTest } from "../two-proportions.ts";
import type { RankSumTest } from "../wilcoxon-rank-sum.ts";
import type { SignedRankTest } from "../wilcoxon-signed-rank.ts";

/** The results describeComparison knows how to put into words. */
export type Tested =
  | TwoSampleTTest
  | PairedTTest
  | OneSampleTTest
  | TwoProportionsTest
  | McNemarTest
  | RankSumTest
  | SignedRankTest
  | ChiSquaredTest
  | FisherExactTest
  | DifferenceInDifferences;
