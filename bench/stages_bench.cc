// Google Benchmark micro-benchmarks of the pipeline stages on a fixed news paragraph
// written for this benchmark, so that a regression shows which stage it is in.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "base/data_source.h"
#include "dyad/coder.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "text/tagger.h"
#include "text/tokenize.h"

namespace {

const char kParagraph[] =
    "SEOUL, Nov. 3 (Wire) \xE2\x80\x94 South Korea, Japan and the United States on Friday "
    "condemned North Korea's missile launch, calling it a grave threat to regional peace. "
    "Foreign Minister Park Jin met U.S. Secretary of State Antony Blinken in Tokyo on "
    "October 28, 2023. Russia's foreign ministry said it would not comment on the reports. "
    "The three countries held their first trilateral air exercise near the Korean Peninsula. "
    "Analysts said the drills could raise tensions further in the coming weeks.";

std::string Text(int copies) {
  std::string s;
  for (int i = 0; i < copies; ++i) s += std::string(kParagraph) + "\n\n";
  return s;
}

void BM_Normalize(benchmark::State& state) {
  std::string text = Text(20);
  dyad::NormalizedText out;
  for (auto _ : state) benchmark::DoNotOptimize(dyad::Normalize(text, &out).ok());
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_Normalize);

void BM_TokenizeSegment(benchmark::State& state) {
  std::string text = Text(20);
  std::vector<dyad::Token> tokens;
  std::vector<dyad::SentenceSpan> sentences;
  for (auto _ : state) {
    dyad::Tokenize(text, &tokens);
    dyad::Segment(tokens, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_TokenizeSegment);

void BM_Tag(benchmark::State& state) {
  dyad::DataSource source;
  auto tagger = dyad::Tagger::Load(&source);
  std::string text = Text(1);
  std::vector<dyad::Token> tokens;
  dyad::Tokenize(text, &tokens);
  std::vector<uint8_t> tags;
  for (auto _ : state) {
    (*tagger)->Tag(tokens, 0, static_cast<uint32_t>(tokens.size()), &tags);
    benchmark::DoNotOptimize(tags.data());
  }
  state.SetItemsProcessed(state.iterations() * tokens.size());
}
BENCHMARK(BM_Tag);

void BM_CodeDocument(benchmark::State& state) {
  auto coder = dyad::Coder::Create(dyad::CoderOptions{});
  dyad::Document doc;
  doc.id = "bench";
  doc.text = Text(4);
  doc.date = dyad::Date{2023, 11, 3};
  dyad::DocumentResult result;
  for (auto _ : state) benchmark::DoNotOptimize((*coder)->Code(doc, &result).ok());
  state.SetBytesProcessed(state.iterations() * doc.text.size());
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(result.sentences) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CodeDocument);

}  // namespace

BENCHMARK_MAIN();
