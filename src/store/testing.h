// Helpers for the store's tests: small documents and coded events built by hand, so the
// store is tested without the coder.
#ifndef DYAD_STORE_TESTING_H_
#define DYAD_STORE_TESTING_H_

#include <string>

#include "dyad/coder.h"
#include "dyad/event.h"

namespace dyad::testing {

inline Actor CountryActor(const std::string& code, const std::string& sector = "") {
  Actor a;
  a.code = code + sector;
  a.text = code;
  a.name = code;
  a.country = code;
  a.sector = sector;
  return a;
}

// An event of `doc` in sentence `sentence`: source -> target, `cameo`, on `date`.
inline Event MakeEvent(const std::string& doc, int sentence, const std::string& source,
                       const std::string& target, const std::string& cameo, const std::string& date,
                       Modality modality = Modality::kFact) {
  Event e;
  e.id = doc + ":" + std::to_string(sentence) + ":0";
  e.doc_id = doc;
  e.sentence_index = sentence;
  e.sentence = source + " and " + target + " did " + cameo + " in sentence " +
               std::to_string(sentence) + " of " + doc + ".";
  if (date.size() >= 4) e.date.year = std::stoi(date.substr(0, 4));
  if (date.size() >= 7) e.date.month = std::stoi(date.substr(5, 2));
  if (date.size() >= 10) e.date.day = std::stoi(date.substr(8, 2));
  e.date_basis = date.empty() ? DateBasis::kUnknown : DateBasis::kExplicit;
  e.source = CountryActor(source.substr(0, 3), source.size() > 3 ? source.substr(3) : "");
  if (!target.empty()) {
    e.target = CountryActor(target.substr(0, 3), target.size() > 3 ? target.substr(3) : "");
  }
  e.cameo = cameo;
  e.cameo_root = cameo.substr(0, 2);
  e.cameo_name = "name of " + cameo;
  int root = std::stoi(e.cameo_root);
  e.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
  e.plover_type = root == 11 ? "ACCUSE" : root == 4 ? "CONSULT" : root == 1 ? "" : "OTHER";
  e.goldstein = root <= 8 ? 3.0 : -2.0;
  e.modality = modality;
  e.evidence_text = "did";
  e.evidence = Span{sentence, static_cast<uint32_t>(10 * sentence),
                    static_cast<uint32_t>(10 * sentence + 3)};
  e.mentions = {Span{sentence, static_cast<uint32_t>(10 * sentence),
                     static_cast<uint32_t>(10 * sentence + 2)}};
  e.rule = "data/events/lexicon.tsv:1";
  return e;
}

inline Document MakeDocument(const std::string& id, const std::string& text,
                             const std::string& outlet = "") {
  Document d;
  d.id = id;
  d.text = text;
  d.outlet = outlet;
  return d;
}

inline DocumentResult Coded(std::vector<Event> events) {
  DocumentResult r;
  r.events = std::move(events);
  r.sentences = 5;
  return r;
}

}  // namespace dyad::testing

#endif  // DYAD_STORE_TESTING_H_
