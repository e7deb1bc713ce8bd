// Scoring coded events against the gold set. See eval.h.
#include "eval/eval.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "base/date.h"

namespace dyad {

namespace {

using Json = nlohmann::json;

// Calls fn(line_number, parsed_object) for each non-blank line; stops at the first error.
template <typename Fn>
Status ForEachJsonLine(std::string_view text, Fn fn) {
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      return Status::InvalidArgument("line " + std::to_string(line_no) + ": not a JSON object");
    }
    Status s = fn(line_no, j);
    if (!s.ok()) return Status::InvalidArgument("line " + std::to_string(line_no) + ": " + s.message());
  }
  return Status::Ok();
}

std::vector<std::string> StringList(const Json& j) {
  std::vector<std::string> out;
  if (j.is_string()) out.push_back(j.get<std::string>());
  if (j.is_array()) {
    for (const Json& x : j) {
      if (x.is_string()) out.push_back(x.get<std::string>());
    }
  }
  return out;
}

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The roots a coded actor may be written as in the gold: its country, or "IGO:<org>"
// (and "IGO:UN" for any UN body, "IGOUNOWFP").
std::vector<std::string> CodedRoots(const Actor& a) {
  std::vector<std::string> roots;
  if (a.code.compare(0, 3, "IGO") == 0 || a.code.compare(0, 3, "NGO") == 0) {
    std::string kind = a.code.substr(0, 3);
    if (!a.org.empty()) roots.push_back(kind + ":" + a.org);
    if (a.code.compare(0, 6, "IGOUNO") == 0) roots.push_back("IGO:UN");
    if (roots.empty()) roots.push_back(kind);
  } else if (a.code.size() >= 3) {
    roots.push_back(GoldRoot(a.code));
  }
  return roots;
}

bool HasRoot(const std::vector<std::string>& roots, const std::string& root) {
  return std::find(roots.begin(), roots.end(), root) != roots.end();
}

// One gold dyad: a pair from a gold record.
struct GoldDyad {
  const GoldEvent* event;
  std::string source, target;  // roots; target empty when none
  bool mutual;                 // unordered
  bool used = false;
};

// Whether a coded date agrees with the gold date at the gold's precision.
bool SameDate(const std::string& gold, const std::string& coded) {
  if (gold.empty() || coded.empty()) return gold == coded;
  size_t n = std::min(gold.size(), coded.size());
  return gold.compare(0, n, coded, 0, n) == 0;
}

void Count(EvalCounts* c, int tp, int fp, int fn) {
  c->true_pos += tp;
  c->false_pos += fp;
  c->false_neg += fn;
}

}  // namespace

double EvalCounts::precision() const {
  return true_pos + false_pos ? static_cast<double>(true_pos) / (true_pos + false_pos) : 0.0;
}
double EvalCounts::recall() const {
  return true_pos + false_neg ? static_cast<double>(true_pos) / (true_pos + false_neg) : 0.0;
}
double EvalCounts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::string GoldRoot(std::string_view actor) {
  if (actor.compare(0, 4, "IGO:") == 0 || actor.compare(0, 4, "NGO:") == 0) {
    return std::string(actor);
  }
  std::string root(actor.substr(0, std::min<size_t>(3, actor.find(':'))));
  // Kosovo has no ISO 3166 code: CAMEO writes KSV, the EU and dyad the user-assigned XKX.
  return root == "KSV" ? "XKX" : root;
}

Result<std::vector<GoldEvent>> ParseGold(std::string_view text) {
  std::vector<GoldEvent> out;
  Status s = ForEachJsonLine(text, [&](int line, const Json& j) {
    GoldEvent g;
    g.line = line;
    g.doc_id = Str(j, "doc_id");
    auto sentence = j.find("sentence");
    if (g.doc_id.empty() || sentence == j.end() || !sentence->is_array() ||
        sentence->size() != 2 || !(*sentence)[0].is_number_unsigned() ||
        !(*sentence)[1].is_number_unsigned()) {
      return Status::InvalidArgument("needs doc_id and sentence [start, end]");
    }
    g.start = (*sentence)[0].get<uint32_t>();
    g.end = (*sentence)[1].get<uint32_t>();
    if (g.end <= g.start) return Status::InvalidArgument("empty sentence span");
    g.source = StringList(j.value("source", Json()));
    g.target = StringList(j.value("target", Json()));
    g.cameo = Str(j, "cameo");
    g.cameo_alts = StringList(j.value("cameo_alts", Json()));
    g.date = Str(j, "date");
    g.modality = Str(j, "modality");
    g.optional = j.value("optional", false);
    if (g.source.empty() || g.cameo.size() < 2) {
      return Status::InvalidArgument("needs a source and a cameo code");
    }
    out.push_back(std::move(g));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<Event>> ParseCodedEvents(std::string_view text) {
  std::vector<Event> out;
  auto actor = [](const Json& j, Actor* a) {
    a->text = Str(j, "text");
    a->code = Str(j, "code");
    a->country = Str(j, "country");
    a->org = Str(j, "org");
  };
  Status s = ForEachJsonLine(text, [&](int, const Json& j) {
    Event e;
    e.doc_id = Str(j, "doc_id");
    e.cameo = Str(j, "cameo");
    e.sentence = Str(j, "sentence");
    auto src = j.find("source");
    auto ev = j.find("evidence");
    if (e.doc_id.empty() || e.cameo.empty() || src == j.end() || !src->is_object() ||
        ev == j.end() || !ev->is_object()) {
      return Status::InvalidArgument("not a dyad event (needs doc_id, cameo, source, evidence)");
    }
    actor(*src, &e.source);
    if (auto t = j.find("target"); t != j.end() && t->is_object()) {
      Actor a;
      actor(*t, &a);
      e.target = a;
    }
    e.mutual = j.value("mutual", false);
    e.evidence.start = ev->value("start", 0u);
    e.evidence.end = ev->value("end", 0u);
    if (auto ms = j.find("mentions"); ms != j.end() && ms->is_array()) {
      for (const Json& m : *ms) {
        if (m.is_object()) e.mentions.push_back({0, m.value("start", 0u), m.value("end", 0u)});
      }
    }
    std::string modality = Str(j, "modality");
    for (Modality m : {Modality::kFact, Modality::kAlleged, Modality::kIntended,
                       Modality::kConditional, Modality::kNegated}) {
      if (modality == ModalityName(m)) e.modality = m;
    }
    e.date = ParseIsoDate(Str(j, "date")).value_or(Date{});
    out.push_back(std::move(e));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

EvalReport Evaluate(const std::vector<GoldEvent>& gold, const std::vector<Event>& coded,
                    const std::set<std::string>& heldout) {
  EvalReport r;
  std::map<std::string, std::vector<GoldDyad>> by_doc;
  for (const GoldEvent& g : gold) {
    auto& dyads = by_doc[g.doc_id];
    std::vector<std::string> sources, targets;  // distinct roots ("ETH", "ETH:REB" are one)
    auto add = [](std::vector<std::string>* roots, std::string root) {
      if (!HasRoot(*roots, root)) roots->push_back(std::move(root));
    };
    for (const std::string& a : g.source) add(&sources, GoldRoot(a));
    for (const std::string& a : g.target) add(&targets, GoldRoot(a));
    // Several sources and no target: an act done together (agreed, met, fought) is mutual,
    // so every unordered pair; a judgement, appeal, threat or act of force of several
    // ("Cuba, Bolivia and Russia condemned the attack") is each source's, aimed at no one.
    static constexpr std::string_view kSeveral[] = {"01", "02", "10", "11", "12", "13",
                                                    "14", "15", "17", "18", "20"};
    bool together = std::find(std::begin(kSeveral), std::end(kSeveral),
                              std::string_view(g.cameo).substr(0, 2)) == std::end(kSeveral);
    if (targets.empty() && sources.size() > 1 && !together) {
      for (const std::string& s : sources) dyads.push_back({&g, s, "", false});
    } else if (targets.empty() && sources.size() > 1) {  // mutual: every unordered pair
      for (size_t i = 0; i < sources.size(); ++i) {
        for (size_t k = i + 1; k < sources.size(); ++k) {
          dyads.push_back({&g, sources[i], sources[k], true});
        }
      }
    } else if (targets.empty() && g.source.size() > 1) {
      // A mutual act inside one country ("COL:GOV" and "COL:REB" signed a deal): its one
      // pair of roots is the country with itself.
      dyads.push_back({&g, sources[0], sources[0], true});
    } else if (targets.empty()) {
      dyads.push_back({&g, sources[0], "", false});
    } else {
      for (const std::string& s : sources) {
        for (const std::string& t : targets) dyads.push_back({&g, s, t, false});
      }
    }
  }
  r.gold_documents = static_cast<int>(by_doc.size());
  auto part = [&](const std::string& doc) {
    return heldout.count(doc) ? &r.heldout : &r.tuned;
  };
  std::set<std::string> seen;  // one unit per (event word, source root, target root, CAMEO root)
  for (const Event& e : coded) {
    auto it = by_doc.find(e.doc_id);
    if (it == by_doc.end()) continue;  // not an annotated document
    std::vector<std::string> src = CodedRoots(e.source);
    std::vector<std::string> tgt = e.target ? CodedRoots(*e.target) : std::vector<std::string>{};
    std::string root = e.cameo.substr(0, 2);
    // "congratulates the Government of Colombia and the ELN": two events, one dyad of roots.
    std::string unit = e.doc_id + ":" + std::to_string(e.evidence.start) + ":" +
                       (src.empty() ? "" : src[0]) + ">" +
                       (tgt.empty() ? "" : tgt[0]) + ":" + root;
    if (!seen.insert(unit).second) continue;
    GoldDyad* match = nullptr;
    for (GoldDyad& d : it->second) {
      const GoldEvent& g = *d.event;
      // The event is in the gold sentence when its evidence, or any restatement merged
      // into it, is.
      bool inside = e.evidence.start >= g.start && e.evidence.start < g.end;
      for (const Span& m : e.mentions) inside |= m.start >= g.start && m.start < g.end;
      if (d.used || !inside || g.cameo.compare(0, 2, root) != 0) continue;
      bool forward = HasRoot(src, d.source) &&
                     (d.target.empty() ? tgt.empty() : HasRoot(tgt, d.target));
      bool backward = (d.mutual || e.mutual) && !d.target.empty() &&
                      HasRoot(src, d.target) && HasRoot(tgt, d.source);
      if (forward || backward) {
        match = &d;
        break;
      }
    }
    EvalCounts* c = part(e.doc_id);
    if (!match) {
      Count(c, 0, 1, 0);
      r.false_positives.push_back({e.doc_id, e.evidence.start, e.evidence.end, e.source.code,
                                   e.target ? e.target->code : "", e.cameo, e.sentence, 0});
      continue;
    }
    match->used = true;
    const GoldEvent& g = *match->event;
    if (g.optional) continue;
    Count(c, 1, 0, 0);
    bool exact = e.cameo == g.cameo || std::find(g.cameo_alts.begin(), g.cameo_alts.end(),
                                                  e.cameo) != g.cameo_alts.end();
    c->exact_code += exact;
    c->same_modality += g.modality.empty() || g.modality == ModalityName(e.modality);
    c->same_date += SameDate(g.date, e.date.ToString());
  }
  for (auto& [doc, dyads] : by_doc) {
    for (const GoldDyad& d : dyads) {
      if (d.used || d.event->optional) continue;
      Count(part(doc), 0, 0, 1);
      r.misses.push_back({doc, d.event->start, d.event->end, d.source, d.target,
                          d.event->cameo, "", d.event->line});
    }
  }
  for (const EvalCounts* c : {&r.tuned, &r.heldout}) {
    Count(&r.all, c->true_pos, c->false_pos, c->false_neg);
    r.all.exact_code += c->exact_code;
    r.all.same_modality += c->same_modality;
    r.all.same_date += c->same_date;
  }
  return r;
}

}  // namespace dyad
