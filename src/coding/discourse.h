// Mentions of actors, and the memory of a document that resolves the mentions that do not
// name their actor: "he", "the three countries", "both sides".
//
// A Discourse lives for one document and is fed each sentence's resolved mentions in order.
// Precision before recall: a mention it cannot resolve with confidence stays unresolved.
// Not thread-safe; one per document (the coder keeps one per thread).
//
//   Discourse d;
//   d.Remember(sentence_mentions, coordinated_groups);
//   std::vector<Mention> three = d.Group(3);   // "the three countries"
//   const Mention* he = d.LastPerson();
#ifndef DYAD_CODING_DISCOURSE_H_
#define DYAD_CODING_DISCOURSE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// An actor mention in a sentence: one or more adjacent dictionary matches merged into one
// actor ("Russian" + "foreign minister" + "Sergey Lavrov"), a pronoun resolved to a person,
// or one member of a group mention.
struct Mention {
  uint32_t first = 0, end = 0;  // token range in the document
  std::string code, country, sector, org, name;
  bool actor = false;   // false for a lone sector word ("troops")
  bool person = false;  // names a person
  bool capital = false; // a capital city standing for its government ("Pyongyang")
  bool demonym = false; // a country's adjective ("Russian"), or a compound opened by one
  int group = -1;       // members of one group mention share an id ("the three countries")
  std::string via;      // how it was resolved: "" (dictionary), "pronoun", "group", "speaker"
  std::string_view entry;  // the dictionary line of the actor; lives as long as the dictionary
  std::string role;        // for a person: which dated role gave the code
  uint64_t title = 0;      // a person's title as written before the name ("Prime Minister")
  // Its first and last words ("Secretary", "State"), for a bare "the Secretary" later.
  uint64_t title_first = 0, title_last = 0;
};

class Discourse {
 public:
  void Clear();

  // Records one sentence's resolved mentions (in text order) and its coordinated lists
  // (indices into `mentions`, two or more each).
  void Remember(const std::vector<Mention>& mentions,
                const std::vector<std::vector<int>>& groups);

  // The last person mentioned in the previous two sentences, or nullptr: an older
  // antecedent is too far to trust, since people absent from the dictionary go unseen.
  const Mention* LastPerson() const {
    return has_person_ && sentences_ - person_sentence_ <= 2 ? &last_person_ : nullptr;
  }

  // The person named in full earlier whose family name is `word` ("Lavrov" after "Sergey
  // Lavrov", "Kim" after "Kim Jong Un": the first or last word of the canonical name), or
  // nullptr.
  const Mention* BySurname(std::string_view word) const;

  // The last person named in the document whose role is in an international organisation
  // (code IGO...), for a bare "the Secretary-General"; nullptr when none.
  const Mention* LastOrganisationHead() const {
    for (auto it = persons_.rbegin(); it != persons_.rend(); ++it) {
      if (it->code.compare(0, 3, "IGO") == 0) return &*it;
    }
    return nullptr;
  }

  // Whether the document has named anyone yet.
  bool HasPersons() const { return !persons_.empty(); }

  // The last armed forces of a state named ("the Myanmar Armed Forces"), for a bare "the
  // military" or "the junta" later; nullptr when none.
  const Mention* LastMilitary() const { return has_military_ ? &last_military_ : nullptr; }
  // The country of the last actor named in this sentence or the two before, else empty: whose
  // "the government" or "the regime" a later sentence means.
  std::string LastCountry() const {
    return sentences_ - country_sentence_ <= 2 ? last_country_ : std::string();
  }

  // The country of the last state called a regime ("the Lukashenka regime", "Syrian regime
  // aircraft"), for a bare "the regime" later; empty when none.
  const std::string& RegimeCountry() const { return regime_country_; }
  void RememberRegime(const std::string& country) { regime_country_ = country; }

  // The last organisation named ("ECOWAS"), for a bare "the bloc" later; nullptr when none.
  const Mention* LastOrganisation() const { return has_org_ ? &last_org_ : nullptr; }
  // The last council named ("the UN Security Council"), for a bare "the Council" later;
  // nullptr when none.
  const Mention* LastCouncil() const { return has_council_ ? &last_council_ : nullptr; }
  // A council named by its own words ("the Peace and Security Council of the African
  // Union"), whatever its organisation's name.
  void RememberCouncil(const Mention& m) {
    last_council_ = m;
    has_council_ = true;
  }

  // The last person named in the document under title `title` (Mention::title), for a
  // bare "the Prime Minister" later; nullptr when none.
  const Mention* LastWithTitle(uint64_t title) const {
    for (auto it = persons_.rbegin(); it != persons_.rend() && title; ++it) {
      if (it->title == title) return &*it;
    }
    return nullptr;
  }
  // The same for a one-word title that opens or closes the full one ("the Secretary" after
  // "Secretary of State Antony Blinken", "the Minister" after "Foreign Minister X").
  const Mention* LastWithTitleWord(uint64_t word) const {
    for (auto it = persons_.rbegin(); it != persons_.rend() && word; ++it) {
      if (it->title_first == word || it->title_last == word) return &*it;
    }
    return nullptr;
  }

  // The actors "the N countries" refers to: the latest coordinated list of exactly N, else
  // the distinct country-level actors named since the last list when they are exactly N.
  // `n` 0 means "the latest list of any size" ("the allies"). Empty when unresolved.
  // With `states`, only a list of states ("the two countries" are no organisations).
  std::vector<Mention> Group(int n, bool states = false) const;

  // Events already coded in the document, for rules that look back ("rejected the
  // allegations": who alleged?).
  struct PastEvent {
    std::string source_code, source_country, target_code, target_country, cameo;
    Mention source;
    std::string location_country;  // where it happened, when the text says
    uint64_t anchor_lemma = 0;     // the event word's lemma ("launch"), for "the launch" later
    uint64_t act_lemma = 0;        // the noun its match ends on ("carry out ... strikes")
    int sentence = 0;              // set when remembered
  };
  // A topic line ("Syrian civil war" over a digest's items) starts a new story: acts told
  // before it are not what "the strikes" after it mean.
  // A digest's section heading ("International relations") is a topic line that ends no
  // story: "the test" under it may be one told in the section before.
  void MarkTopic(bool section = false) {
    topic_sentence_ = sentences_;
    if (!section) story_sentence_ = sentences_;
    topic_scene_.clear();
    place_scene_.clear();  // a new item: the places of the one before are not its own
    at_topic_ = true;
  }
  // Where the text is set: a place this sentence or the two before were set in ("in
  // Almaty"), else the one country the topic line over them ("2019 Bolivian protests") or,
  // before any topic line, the document's title names; empty when unknown. Whose "police"
  // and "protesters" the text means.
  std::string Scene() const {
    if (!place_scene_.empty() && sentences_ - place_scene_sentence_ <= 2) return place_scene_;
    return topic_scene_;
  }
  // Records the scene of the sentence just remembered; a topic line's lasts to the next.
  void SetScene(const std::string& country, bool topic) {
    if (topic) {
      topic_scene_ = country;
    } else if (!country.empty()) {
      place_scene_ = country;
      place_scene_sentence_ = sentences_;
    }
  }
  // Whether the sentence being coded (not yet remembered) is a topic line.
  bool AtTopic() const { return at_topic_; }
  bool BeforeTopic(const PastEvent& e) const { return e.sentence < topic_sentence_; }
  // Whether an act told before the last topic line is of the same story: only section
  // headings came between.
  bool SameStory(const PastEvent& e) const { return e.sentence >= story_sentence_; }
  // Whether `e` was told in this sentence or one of the `n` before it.
  bool Within(const PastEvent& e, int n) const { return sentences_ - e.sentence <= n; }
  void RememberEvent(PastEvent e) {
    e.sentence = sentences_;
    events_.push_back(std::move(e));
  }
  // The latest event of `country`'s with a target, told in this sentence or the `within`
  // before it; else nullptr.
  const PastEvent* LastWithTarget(const std::string& country, int within) const {
    for (auto it = events_.rbegin(); it != events_.rend(); ++it) {
      if (sentences_ - it->sentence > within) break;
      if (it->source_country == country && !it->target_country.empty()) return &*it;
    }
    return nullptr;
  }

  // The person (or the one-person office, "The Secretary-General") that opens a sentence,
  // for a "He" that opens the next one.
  void RememberOpener(const Mention& m) {
    opener_ = m;
    opener_sentence_ = sentences_;
  }
  const Mention* Opener() const {
    return opener_sentence_ > 0 && sentences_ == opener_sentence_ ? &opener_ : nullptr;
  }
  // The subjects of the sentence's last coded event, for a "they" in the next sentence.
  void RememberSubjects(std::vector<Mention> subjects) {
    subjects_ = std::move(subjects);
    subjects_sentence_ = sentences_;
  }
  // The parties to a conflict or an agreement: the actors of the latest mutual event
  // ("Yemen's Government and Houthi rebels have been battling"), or of a truce between
  // them. What "the parties", "all sides" and "the warring sides" refer to.
  void RememberParties(std::vector<Mention> parties) {
    for (Mention& m : parties) m.group = -1;
    parties_ = std::move(parties);
    parties_sentence_ = sentences_;
  }
  const std::vector<Mention>& Parties() const { return parties_; }
  // Whether this sentence already named the parties.
  bool PartiesNamedHere() const { return !parties_.empty() && parties_sentence_ == sentences_; }
  // The parties when they acted in this sentence or one of the two before, for "they" and
  // "the leaders" after a meeting ("X met with Y ... The leaders discussed ..."); else empty.
  const std::vector<Mention>& RecentParties() const {
    static const std::vector<Mention> kNone;
    return sentences_ - parties_sentence_ <= 2 ? parties_ : kNone;
  }
  // Who "the leaders" were last, for the same words later in the document.
  void RememberLeaders(std::vector<Mention> leaders) {
    for (Mention& m : leaders) m.group = -1;
    leaders_ = std::move(leaders);
  }
  const std::vector<Mention>& Leaders() const { return leaders_; }
  // What "they" refers to: the last coded event's subjects, when they were several or an
  // organisation ("The members of the Security Council condemned ... They urged ..."), in
  // this sentence or the one before; else empty.
  // An organisation's members stay "they" over one sentence that coded nothing ("The members
  // of the Council reaffirmed that terrorism ... They reiterated ...").
  std::vector<Mention> PluralSubjects() const {
    if (subjects_.empty()) return {};
    const bool org = subjects_.size() == 1 && !subjects_[0].org.empty();
    if (sentences_ - subjects_sentence_ > (org ? 2 : 1)) return {};
    if (subjects_.size() >= 2 || org) return subjects_;
    return {};
  }
  // The person who was the one subject of the last coded event, in the sentence before or
  // this one, for a "he" or "she" that opens a clause; else nullptr.
  const Mention* SubjectPerson(int within = 1) const {
    if (subjects_.size() != 1 || !subjects_[0].person ||
        sentences_ - subjects_sentence_ > within) {
      return nullptr;
    }
    return &subjects_[0];
  }
  // The state that was the one subject of the last coded event, in the sentence before or
  // this one, for an "It" that opens a sentence ("Pakistan closed its airspace ... It also
  // suspended all trade"); else nullptr.
  const Mention* SubjectState() const {
    if (subjects_.size() != 1 || sentences_ - subjects_sentence_ > 1) return nullptr;
    const Mention& m = subjects_[0];
    bool state = !m.person && m.org.empty() && !m.country.empty() &&
                 (m.sector.empty() || m.sector == "GOV");
    return state ? &m : nullptr;
  }
  const std::vector<PastEvent>& events() const { return events_; }

  // Two countries the document reports at war or fighting: a coded act of force between
  // them, or a topic line that names the conflict ("Russian invasion of Ukraine").
  void RememberConflict(const std::string& a, const std::string& b) {
    conflicts_.push_back({a, b, sentences_});
  }
  // The two sides of the latest conflict reported in this sentence or the `within` before
  // it, in the story this sentence is in, or false.
  bool LastConflict(int within, std::string* a, std::string* b) const {
    if (conflicts_.empty() || sentences_ - conflicts_.back().sentence > within ||
        conflicts_.back().sentence < story_sentence_) {
      return false;
    }
    *a = conflicts_.back().a;
    *b = conflicts_.back().b;
    return true;
  }
  // The other side of the latest conflict `country` is in, reported in this sentence or the
  // `within` before it; else empty.
  std::string Opponent(const std::string& country, int within) const {
    for (auto it = conflicts_.rbegin(); it != conflicts_.rend(); ++it) {
      if (sentences_ - it->sentence > within) break;
      if (it->a == country) return it->b;
      if (it->b == country) return it->a;
    }
    return {};
  }

 private:
  std::vector<std::vector<Mention>> groups_;  // coordinated lists, oldest first
  std::vector<Mention> recent_;               // country-level actors since the last list
  std::vector<Mention> parties_;
  int parties_sentence_ = 0;
  std::vector<Mention> leaders_;
  Mention last_council_;
  bool has_council_ = false;
  std::string regime_country_;
  Mention last_org_;
  bool has_org_ = false;
  Mention last_military_;
  bool has_military_ = false;
  std::string last_country_;
  int country_sentence_ = 0;
  std::vector<Mention> persons_;  // people named in the document, latest last
  Mention last_person_;
  bool has_person_ = false;
  int sentences_ = 0;        // sentences remembered so far
  int person_sentence_ = 0;  // the sentence count when last_person_ was named
  std::vector<PastEvent> events_;
  struct Conflict {
    std::string a, b;
    int sentence;
  };
  std::vector<Conflict> conflicts_;
  std::vector<Mention> subjects_;
  int subjects_sentence_ = 0;
  Mention opener_;
  int opener_sentence_ = 0;
  int topic_sentence_ = 0;  // the sentence count at the last topic line
  int story_sentence_ = 0;  // the same at the last topic line that is no section heading
  std::string topic_scene_, place_scene_;
  int place_scene_sentence_ = 0;
  bool at_topic_ = false;
};

}  // namespace dyad

#endif  // DYAD_CODING_DISCOURSE_H_
