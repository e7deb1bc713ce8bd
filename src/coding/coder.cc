// The sparse coder. For each sentence:
//   1. actor dictionary matches (a trie walk); sentences with no actor, or with no token
//      that can anchor an event pattern, stop here: most sentences cost only this;
//   2. the remaining sentences are tagged (HMM) and lemmatised, adjacent actor matches are
//      merged into mentions ("Russian" + "foreign ministry" = RUSGOV), and event patterns
//      are matched at their anchors;
//   3. each event takes as source the nearest subject-like mention before it in its clause
//      (skipping objects of prepositions and verbs) and as target the first mention after
//      it, both expanded over coordination ("South Korea, Japan and the United States");
//      the passive ("was condemned by X") swaps them and agentless passives are dropped;
//   4. modality comes from cue words before the anchor, and the date from the nearest date
//      expression in the sentence, else the publication date.
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>

#include "base/data_source.h"
#include "base/date.h"
#include "base/flat_map.h"
#include "coding/dates.h"
#include "coding/discourse.h"
#include "dyad/coder.h"
#include "lexicon/actor_dictionary.h"
#include "lexicon/cameo_table.h"
#include "lexicon/event_lexicon.h"
#include "lexicon/gazetteer.h"
#include "text/language.h"
#include "text/lemmatize.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "text/tagger.h"
#include "text/tokenize.h"
#include "text/word_set.h"

namespace dyad {

const char* Version() { return DYAD_VERSION; }

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kFact: return "fact";
    case Modality::kAlleged: return "alleged";
    case Modality::kIntended: return "intended";
    case Modality::kConditional: return "conditional";
    case Modality::kNegated: return "negated";
  }
  return "fact";
}

const char* DateBasisName(DateBasis b) {
  switch (b) {
    case DateBasis::kExplicit: return "explicit";
    case DateBasis::kRelative: return "relative";
    case DateBasis::kPublication: return "publication";
    case DateBasis::kUnknown: return "unknown";
  }
  return "unknown";
}

namespace {

// Ordinal adjectives, which rank an act among its kind ("the sixth nuclear test").
const WordSet& OrdinalWords() {
  static const WordSet s(std::array{"first", "second", "third", "fourth", "fifth", "sixth",
                                    "seventh", "eighth", "ninth", "tenth", "latest", "most",
                                    "largest", "biggest"});
  return s;
}
const WordSet& Prepositions() {
  static const WordSet s(std::array{"to", "from", "with", "against", "on", "in", "of", "for",
                                    "by", "at", "into", "toward", "towards", "over", "about",
                                    "between", "among", "including", "across", "near", "under",
                                    "than", "via", "like", "within", "without", "upon", "onto"});
  return s;
}
// Prepositions that introduce the party an act is directed at ("talks with X"); "in" and
// "at" introduce places instead.
const WordSet& TargetPrepositions() {
  static const WordSet s(std::array{"to", "with", "against", "on", "for", "from", "toward",
                                    "towards", "into", "upon", "onto", "about", "over",
                                    "targeting", "targetting"});  // "sanctions targeting X"
  return s;
}
// Prepositions after which a country is where something happens, not who acts.
const WordSet& LocativePrepositions() {
  static const WordSet s(std::array{"in", "at", "near", "across", "throughout", "within",
                                    "outside", "inside", "around", "along", "off", "over",
                                    "into", "onto", "via", "through"});
  return s;
}
// Words that make a sector word someone else's: "foreign troops", "coalition forces".
const WordSet& ForeignWords() {
  static const WordSet s(std::array{"foreign", "international", "allied", "coalition",
                                    "peacekeeping", "multinational", "western", "overseas",
                                    "other", "neighbouring", "neighboring", "enemy", "invading"});
  return s;
}
// Heads of "the members of X", "the leaders of X", "the director general of X": X is the
// one acting.
const WordSet& MemberNouns() {
  static const WordSet s(std::array{"members", "member", "leaders", "leader", "leadership",
                                    "head", "heads", "representatives", "representative",
                                    "delegation", "delegations", "government", "spokesperson",
                                    "spokesman", "spokeswoman", "president", "chairman",
                                    "chair", "presidency", "secretariat", "chief", "general",
                                    "director", "commander", "minister", "secretary",
                                    "ambassador", "envoy", "director-general",
                                    "secretary-general", "ministers", "envoys", "ambassadors",
                                    "officials", "chiefs", "commanders"});
  return s;
}
// Those a state sends, "from" it: "delegations from Israel", "mediators from Qatar".
const WordSet& EnvoysFrom() {
  static const WordSet s(std::array{"delegations", "delegation", "representatives",
                                    "officials", "envoys", "mediators", "negotiators",
                                    "diplomats", "delegates"});
  return s;
}
// Words between a locative preposition and the place: "in northern Ethiopia".
const WordSet& RegionAdjectives() {
  static const WordSet s(std::array{"northern", "southern", "eastern", "western", "central",
                                    "northeastern", "northwestern", "southeastern",
                                    "southwestern", "north", "south", "east", "west",
                                    "northeast", "northwest", "southeast", "southwest",
                                    "occupied", "mainland", "rural", "neighbouring",
                                    "neighboring"});
  return s;
}
// Institutions that, placed "in" a country or its capital, are that country's own: "officials
// in Kyiv", "a court in Moscow", "lawmakers in France". Envoys and embassies are left out:
// "diplomats in Moscow" are as often foreign as not.
const WordSet& PlacedInstitutions() {
  static const WordSet s(std::array{"official", "officials", "authorities", "government",
                                    "administration", "regime", "court", "courts", "judge",
                                    "judges", "prosecutor", "prosecutors", "lawmaker",
                                    "lawmakers", "legislator", "legislators", "parliamentarians",
                                    "MPs"});
  return s;
}
// Verbs of the means used, whose purpose infinitive is their user's act, done then: "used
// water cannon to disperse", "fired shots to disperse". (Troops sent to attack are sent,
// and may not have attacked yet.)
const WordSet& MeansVerbs() {
  static const WordSet s(std::array{"use", "used", "uses", "using", "fire", "fired", "fires",
                                    "firing"});
  return s;
}
// Nouns of places: "the border with X", "the district of X", "parts of X".
const WordSet& PlaceNouns() {
  static const WordSet s(std::array{"border", "borders", "district", "province", "region",
                                    "city", "town", "village", "capital", "part", "parts",
                                    "territory", "territories", "commune", "county", "area",
                                    "areas", "outskirts", "coast", "north", "south", "east",
                                    "west", "frontier", "state", "governorate", "oblast",
                                    "regions", "provinces", "districts", "cities", "towns",
                                    "villages", "oblasts"});
  return s;
}
// What a state or a body issues, whose participle is the issuer's act ("a resolution
// condemning").
const WordSet& InstrumentNouns() {
  static const WordSet s(std::array{"decree", "decrees", "law", "laws", "order", "orders",
                                    "bill", "legislation", "resolution", "resolutions",
                                    "statement", "communique", "declaration"});
  return s;
}
// Verbs of helping others talk or agree ("to facilitate dialogue", "brokering the deal").
const WordSet& BrokerVerbs() {
  static const WordSet s(std::array{"facilitate", "facilitating", "mediate", "mediating",
                                    "broker", "brokering", "brokered", "promote", "promoting",
                                    "host", "hosting", "convene", "convening", "sustain"});
  return s;
}
// The last word of an armed group's name ("Karenni National Defence Force", "Arakan Army").
// ("Movement" is left out: most movements the dictionary lacks are parties, often foreign.)
const WordSet& ArmedGroupHeads() {
  static const WordSet s(std::array{"army", "front", "force", "forces", "militia",
                                    "brigade", "brigades", "battalion", "resistance"});
  return s;
}
// Words of a state's own services, which name no armed group: "Royal Air Force", "Border
// Force", "Armed Forces".
const WordSet& ServiceWords() {
  static const WordSet s(std::array{"air", "royal", "armed", "security", "special", "defence",
                                    "defense", "border", "coast", "space", "national", "naval",
                                    "marine", "ground", "people's", "peoples", "popular",
                                    "federal", "regular", "territorial", "self-defense",
                                    "self-defence", "task", "joint", "rapid", "red", "salvation",
                                    "liberation", "democratic", "revolutionary", "united",
                                    "islamic", "free", "new", "northern", "southern", "eastern",
                                    "western", "central", "multinational", "international"});
  return s;
}
// Nouns for the people or units of an actor: "UN staff", "RSF units", "ATMIS personnel".
const WordSet& AgentNouns() {
  static const WordSet s(std::array{"staff", "personnel", "units", "unit", "fighters",
                                    "jihadists", "militants", "members", "officials",
                                    "officers", "troops", "soldiers", "forces", "vessels",
                                    "ships", "aircraft", "jets", "warplanes", "drones",
                                    "peacekeepers", "workers", "agents", "delegates",
                                    "negotiators", "envoys", "diplomats", "operatives",
                                    "delegation",
                                    "commanders", "militia", "militias", "gunmen"});
  return s;
}
// What two parties share: a deal, talks or a fight ("the agreement between X and Y").
const WordSet& PartiesNouns() {
  static const WordSet s(std::array{"agreement", "agreements", "deal", "talks", "accord",
                                    "negotiations", "treaty", "dialogue", "fighting", "war",
                                    "conflict", "hostilities", "clashes", "peace"});
  return s;
}
// What a party contributes that others praise: "the efforts of Qatar".
const WordSet& EffortNouns() {
  static const WordSet s(std::array{"efforts", "effort", "role", "roles", "work", "support",
                                    "contribution", "contributions", "leadership", "mediation"});
  return s;
}
// Formal agreements between parties (057) and talks (046).
const WordSet& AccordNouns() {
  static const WordSet s(std::array{"agreement", "agreements", "deal", "deals", "accord",
                                    "accords", "treaty", "treaties", "pact", "pacts",
                                    "arrangement", "arrangements"});
  return s;
}
const WordSet& JointTextNouns() {
  static const WordSet s(std::array{"declaration", "communique", "communiqué"});
  return s;
}
const WordSet& NegotiationNouns() {
  static const WordSet s(std::array{"talks", "negotiations", "dialogue"});
  return s;
}
// What ends fighting between parties.
const WordSet& TruceNouns() {
  static const WordSet s(std::array{"ceasefire", "cease-fire", "truce", "armistice"});
  return s;
}
// Nouns for a military attack, after the attacker's adjective ("Russian strikes").
// Military exercises named in the plural: "the drills", "joint manoeuvres".
const WordSet& DrillNouns() {
  static const WordSet s(std::array{"drills", "exercises", "manoeuvres", "maneuvers"});
  return s;
}
const WordSet& AttackNouns() {
  static const WordSet s(std::array{"strike", "strikes", "airstrike", "airstrikes", "attack",
                                    "attacks", "shelling", "bombardment", "bombing", "raid",
                                    "raids", "fire", "offensive", "assault", "drone",
                                    "drones", "missile", "missiles", "rocket", "rockets",
                                    "artillery", "warplanes", "gunfire"});
  return s;
}
// The sector of people arrested or detained, by the noun that names them; "" for none.
std::string_view DetaineeSector(const Token& t) {
  static const WordSet opposition(std::array{"protesters", "protestors", "demonstrators",
                                             "activists", "dissidents", "opponents",
                                             "opposition", "campaigners", "critics",
                                             "marchers"});
  static const WordSet media(std::array{"journalists", "reporters", "journalist", "reporter"});
  static const WordSet civilians(std::array{"people", "civilians", "residents", "students",
                                            "migrants", "villagers", "worshippers",
                                            "detainees", "prisoners", "men", "women"});
  // A state's own servants purged: "detain 2,839 soldiers", "removed 2,745 judges".
  static const WordSet military(std::array{"soldiers", "officers", "generals", "troops"});
  static const WordSet judges(std::array{"judges", "prosecutors"});
  if (opposition.contains(t.hash)) return "OPP";
  if (media.contains(t.hash)) return "MED";
  if (civilians.contains(t.hash)) return "CVL";
  if (military.contains(t.hash)) return "MIL";
  if (judges.contains(t.hash)) return "JUD";
  return "";
}
// People counted as the victims of an attack ("killed 19 civilians").
const WordSet& VictimNouns() {
  static const WordSet s(std::array{"people", "civilians", "villagers", "residents",
                                    "children", "women", "worshippers", "persons",
                                    "passengers", "farmers", "students", "pupils"});
  return s;
}
// Places where civilians live, shelter or are treated, named as what an attack hit: "attacked
// the South Hospital", "airstrikes on markets, schools and hospitals".
const WordSet& CivilianSites() {
  static const WordSet s(std::array{"hospital", "hospitals", "clinic", "clinics", "school",
                                    "schools", "market", "markets", "marketplace", "homes",
                                    "houses", "village", "villages", "neighbourhood",
                                    "neighbourhoods", "neighborhood", "neighborhoods", "mosque",
                                    "mosques", "church", "churches"});
  return s;
}
// Time words that may follow an actor: "the attack by the Myanmar Armed Forces today".
const WordSet& Months() {
  static const WordSet s(std::array{"january", "february", "march", "april", "may", "june",
                                    "july", "august", "september", "october", "november",
                                    "december"});
  return s;
}
const WordSet& Weekdays() {
  static const WordSet s(std::array{"monday", "tuesday", "wednesday", "thursday", "friday",
                                    "saturday", "sunday"});
  return s;
}
const WordSet& TimeNouns() {
  static const WordSet s(std::array{"today", "yesterday", "tomorrow", "tonight", "morning",
                                    "evening", "night", "week", "weekend", "month", "year",
                                    "monday", "tuesday", "wednesday", "thursday", "friday",
                                    "saturday", "sunday", "earlier", "later", "last", "next"});
  return s;
}
// Names of documents an organisation issues: "the UN Charter", "the ECOWAS Protocol".
const WordSet& DocumentNouns() {
  static const WordSet s(std::array{"charter", "protocol", "resolution", "resolutions",
                                    "convention", "treaty", "declaration", "statute",
                                    "report", "summit", "agenda", "framework", "budget"});
  return s;
}
// The sector of an institution by the noun of its name: "Commission" GOV, "Parliament"
// LEG; empty for other words.
std::string_view InstitutionSector(const Token& t) {
  static const WordSet gov(std::array{"commission", "council", "ministry", "committee",
                                      "office", "agency", "government", "cabinet",
                                      "presidency", "administration", "department",
                                      "authority", "directorate", "secretariat",
                                      "organisation", "organization", "service", "bureau"});
  static const WordSet leg(std::array{"parliament", "assembly", "congress", "senate",
                                      "legislature", "duma", "knesset"});
  static const WordSet jud(std::array{"court", "tribunal", "judiciary", "prosecutor"});
  static const WordSet cop(std::array{"police", "gendarmerie"});
  if (gov.contains(t.hash)) return "GOV";
  if (leg.contains(t.hash)) return "LEG";
  if (jud.contains(t.hash)) return "JUD";
  if (cop.contains(t.hash)) return "COP";
  return {};
}
// The last word of a title that serves a place: "Special Envoy for Yemen".
const WordSet& EnvoyWords() {
  static const WordSet s(std::array{"envoy", "envoys", "ambassador", "ambassadors",
                                    "representative", "representatives", "coordinator",
                                    "commissioner", "adviser", "advisor", "rapporteur",
                                    "delegate", "mission", "minister", "secretary"});
  return s;
}
// Nouns of talk, whose "on X" is a topic: "the Security Council meeting on Venezuela".
const WordSet& TopicNouns() {
  static const WordSet s(std::array{"meeting", "meetings", "briefing", "briefings", "debate",
                                    "session", "statement", "statements", "report", "reports",
                                    "resolution", "resolutions", "discussion", "discussions",
                                    "consultations", "conference", "remarks", "speech",
                                    "hearing", "summit", "policy", "strategy", "envoy"});
  return s;
}
// The form of a state before its name: "the Republic of Niger".
const WordSet& StateWords() {
  static const WordSet s(std::array{"republic", "kingdom", "state", "principality",
                                    "federation", "emirate", "sultanate"});
  return s;
}
// Nouns whose "of X" is a venue or a stake: "a meeting of the Council", "the
// sovereignty of Ukraine".
const WordSet& OfTopicNouns() {
  static const WordSet s(std::array{"meeting", "session", "stability", "security",
                                    "sovereignty", "integrity", "unity", "independence",
                                    "future", "situation", "territory"});
  return s;
}
// Small words inside the names of an address: "Santo Domingo de los Tsáchilas".
const WordSet& AddressWords() {
  static const WordSet s(std::array{"of", "the", "de", "del", "la", "las", "los", "el", "al",
                                    "da", "do", "dos", "di", "du", "des", "le"});
  return s;
}
// Verbs whose object is a destination: "visited Cairo", "travelled to Moscow".
const WordSet& TravelVerbs() {
  static const WordSet s(std::array{"visit", "visits", "visited", "visiting", "travel",
                                    "travels", "travelled", "traveled", "travelling",
                                    "traveling", "fly", "flies", "flew", "return", "returns",
                                    "returned", "arrive", "arrived", "arrives", "head",
                                    "headed", "heads", "came", "went", "left", "leaves",
                                    "reached", "reaches", "trip", "journey", "tour", "toured"});
  return s;
}
// Gives `e` the code `c`, with its name, PLOVER fields, QuadClass and Goldstein score.
void SetCode(const CameoCode& c, Event* e) {
  e->cameo = c.code;
  e->cameo_root = c.root;
  e->cameo_name = c.name;
  e->plover_type = c.plover_type;
  e->plover_mode = c.plover_mode;
  e->plover_context = c.plover_context;
  e->quad_class = c.quad_class;
  e->goldstein = c.goldstein;
}

// CAMEO codes whose events may have no target: public statements other than the plain
// 010 ("declined to comment") and condolences, disapproval (11, "condemned the attack"),
// protest (14), shows of force (15), and a curfew or a state of emergency, imposed on no one
// in particular.
bool TargetlessCode(std::string_view code) {
  std::string_view root = code.substr(0, 2);
  // An accusation, a rally or a suit against someone names whom (112, 113, 115), a denial
  // answers its accuser (016), and disapproval "not otherwise specified" (110) of no one is
  // a stated policy ("opposes any unilateral change"); condemnation of an act whose doer is
  // not known has no target ("condemned the bombing").
  if (code.starts_with("112") || code.starts_with("113") || code == "115" || code == "016" ||
      code == "018" || code == "110") {
    return false;
  }
  // A comment aimed at no one (010, 012-014, 016-019) is no event; declining to comment
  // ("the Kremlin declined to comment") and claiming responsibility are. A protest, a
  // boycott or a strike is against someone (14): with no one found, no event.
  return code == "011" || code == "015" || root == "11" || root == "15" || code == "1723" ||
         code == "1724";
}
// Disasters and diseases, which emergencies and curfews are also declared against.
const WordSet& DisasterWords() {
  static const WordSet s(std::array{
      "outbreak", "epidemic", "pandemic", "measles", "cholera", "covid-19", "covid",
      "coronavirus", "ebola", "flood", "floods", "flooding", "wildfire", "wildfires", "drought",
      "earthquake", "hurricane", "cyclone", "typhoon", "storm", "heatwave", "eruption",
      "volcano", "volcanic", "landslide", "landslides", "tsunami", "blizzard", "bushfire",
      "bushfires", "mpox", "dengue"});
  return s;
}
// Words that may open a reference ResolveReferences resolves (besides capitalised ones:
// surnames, "The Secretary-General").
const WordSet& ReferenceOpeners() {
  static const WordSet s(std::array{"he", "she", "him", "her", "his", "they", "their", "both",
                                    "the", "all", "warring", "secretary-general", "secretary"});
  return s;
}
// Nouns for parties an act may be aimed at without naming them ("urged all parties"), and
// object pronouns no earlier actor resolved ("accusing him of").
const WordSet& UnnamedParties() {
  static const WordSet s(std::array{"parties", "party", "sides", "side", "countries",
                                    "states", "nations", "governments", "leaders",
                                    "stakeholders", "belligerents", "actors", "mediators",
                                    "signatories", "participants", "factions", "authorities",
                                    "members", "partners", "allies", "neighbours",
                                    "neighbors", "community", "him", "her", "them"});
  return s;
}
// What others are asked to do against a party when an appeal rallies opposition to it
// ("called on the international community to isolate the regime").
const WordSet& RallyVerbs() {
  static const WordSet s(std::array{"isolate", "isolating", "sanction", "sanctioning",
                                    "condemn", "condemning", "pressure", "pressuring",
                                    "punish", "punishing", "boycott", "boycotting",
                                    "confront", "confronting", "hold", "holding"});
  return s;
}
// Those an appeal may call on to act about a conflict that is not theirs.
const WordSet& ThirdParties() {
  static const WordSet s(std::array{"states", "countries", "nations", "members", "partners",
                                    "allies", "community", "governments", "neighbours",
                                    "neighbors", "donors", "world", "organizations",
                                    "organisations"});
  return s;
}
// The last word of a bare name for a country's rulers that no title names: "the junta",
// "the military regime". ("the government" is read as a title, from the last country.)
const WordSet& RegimeWords() {
  static const WordSet s(std::array{"junta", "regime"});
  return s;
}
// Verdicts on what a party does, after "is" or "are": "Russia's strikes are unacceptable".
const WordSet& VerdictAdjectives() {
  static const WordSet s(std::array{"unacceptable", "deplorable", "reprehensible", "outrageous",
                                    "appalling", "abhorrent", "unjustifiable", "inexcusable",
                                    "unconscionable", "despicable", "indefensible",
                                    "intolerable"});
  return s;
}
// Modal verbs, which the tagger may read as nouns ("Russia will/NN retaliate").
const WordSet& Modals() {
  static const WordSet s(std::array{"will", "would", "shall", "should", "can", "could", "may",
                                    "might", "must"});
  return s;
}
// Head nouns of actors' names that "the" + the noun may refer back to.
const WordSet& HeadNouns() {
  static const WordSet s(std::array{"coalition", "group", "militia", "junta", "movement",
                                    "alliance", "bloc", "organisation", "organization", "front",
                                    "party", "council", "delegation", "ministry", "army",
                                    "military", "navy", "government"});
  return s;
}
// What forces fire, for "Police fire/NN tear gas": a present tense before them.
const WordSet& Munitions() {
  static const WordSet s(std::array{"tear", "rubber", "live", "water", "warning", "shots",
                                    "rockets", "missiles", "mortars", "shells", "stun",
                                    "pellets", "bullets", "artillery", "teargas"});
  return s;
}
// The words before an actor appealed to: "urged parliament", "calls on the military".
const WordSet& AppealedWords() {
  static const WordSet s(std::array{"urge", "urges", "urged", "urging", "on", "upon", "ask",
                                    "asks", "asked", "asking", "press", "pressed", "pressing",
                                    "implored", "encouraged"});
  return s;
}
// Nouns for acts of force in general, which a judgement may name after the report of one.
const WordSet& ViolenceNouns() {
  static const WordSet s(std::array{"violence", "killing", "killings", "massacre", "massacres",
                                    "atrocity", "atrocities", "bloodshed", "crackdown", "abduction",
                                    "abductions", "kidnapping", "kidnappings"});
  return s;
}
// Lemmas of a response, a threat only when announced: "would retaliate", "will take action".
const WordSet& ResponseVerbs() {
  static const WordSet s(std::array{"retaliate", "respond", "take", "hit", "strike"});
  return s;
}
// Words of a threat to answer an attack in kind: "vowed revenge", "promised a harsh response".
const WordSet& RevengeWords() {
  static const WordSet s(std::array{"retaliate", "retaliation", "revenge", "retribution",
                                    "reprisal", "avenge", "response", "respond"});
  return s;
}
// Verbs of answering an act, a threat when promised against a hypothetical one ("would be met
// with force", "would be treated as an act of war").
const WordSet& AnswerLemmas() {
  static const WordSet s(std::array{"meet", "answer", "treat", "regard", "consider", "deem"});
  return s;
}
// Verbs of aspect a gerund follows: "will keep providing", "began shelling".
const WordSet& AspectVerbs() {
  static const WordSet s(std::array{"keep", "keeps", "kept", "keeping", "continue",
                                    "continues", "continued", "continuing", "begin", "begins",
                                    "began", "begun", "beginning", "start", "starts", "started",
                                    "starting", "resume", "resumes", "resumed", "resuming"});
  return s;
}
// Verbs by which criticism is received rather than given: "drew criticism from X".
const WordSet& ReceivingLemmas() {
  static const WordSet s(std::array{"draw", "spark", "prompt", "trigger", "face", "attract",
                                    "provoke", "earn", "receive", "meet"});
  return s;
}
const WordSet& DoForms() {
  static const WordSet s(std::array{"do", "does", "did", "done", "doing"});
  return s;
}
const WordSet& HelpVerbs() {
  static const WordSet s(std::array{"help", "helps", "helped", "helping"});
  return s;
}
// What is taken to do something: "taking steps to impose", "took measures to".
const WordSet& StepNouns() {
  static const WordSet s(std::array{"steps", "measures", "action"});
  return s;
}
// The head words of a government agency's name ("Department of the Treasury").
const WordSet& AgencyHeads() {
  static const WordSet s(std::array{"department", "ministry", "office", "treasury",
                                    "agency", "secretariat"});
  return s;
}
// Titles of rank and religion written before a name ("King Charles", "Sheikh Tamim").
const WordSet& NobleTitles() {
  static const WordSet s(std::array{"king", "queen", "prince", "princess", "emir", "sultan",
                                    "pope", "ayatollah", "imam", "cardinal", "general",
                                    "colonel", "marshal", "admiral", "senator", "lord", "lady",
                                    "sir", "dame", "crown"});
  return s;
}
// The last word of an office held by one person ("Defense Secretary", "Prime Minister").
const WordSet& OfficeTitles() {
  static const WordSet s(std::array{"secretary", "minister", "president", "premier",
                                    "chancellor", "ambassador", "envoy", "spokesperson",
                                    "spokesman", "spokeswoman", "governor", "mayor", "speaker",
                                    "commander", "chief", "secretary-general",
                                    "director-general"});
  return s;
}
// What a possessive pronoun can own as a state: "his Government", "its country".
const WordSet& OwnStateNouns() {
  static const WordSet s(std::array{"government", "governments", "country", "nation",
                                    "delegation"});
  return s;
}
// Nouns of deciding and pledging, whose infinitive is the act intended ("X's decision to").
const WordSet& PledgeNouns() {
  static const WordSet s(std::array{"decision", "commitment", "pledge", "promise", "offer",
                                    "willingness", "readiness", "intention", "intent",
                                    "determination", "resolve"});
  return s;
}
// Nouns of trying, whose infinitive is the act of whoever tries ("X's efforts to").
const WordSet& TryingNouns() {
  static const WordSet s(std::array{"effort", "efforts", "attempt", "attempts", "bid", "bids",
                                    "campaign", "plan", "plans", "scheme", "drive", "push"});
  return s;
}
const WordSet& ObjectPronouns() {
  static const WordSet s(std::array{"him", "her", "them"});
  return s;
}
// Forms of address between an appositive's comma and the name ("Minister of Foreign
// Affairs, H.E. Sameh Shoukry").
const WordSet& Honorifics() {
  static const WordSet s(std::array{"h.e.", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms",
                                    "dr", "sheikh", "his", "her", "excellency", "highness"});
  return s;
}
// Words that may open a noun phrase at the start of a sentence or line ("The Israeli
// military"), so a capital letter on them says nothing about a longer name.
const WordSet& Determiners() {
  static const WordSet s(std::array{"the", "a", "an", "this", "that", "these", "those", "its",
                                    "their", "his", "her", "our", "both", "all", "some", "two",
                                    "three", "several", "many", "former", "other", "when",
                                    "after", "while", "as", "if", "and", "but"});
  return s;
}
// What two parties have between them: "develop close relations", "strengthen ties".
const WordSet& RelationNouns() {
  static const WordSet s(std::array{"relations", "relation", "ties", "tie", "relationship",
                                    "cooperation", "partnership", "friendship", "alliance"});
  return s;
}
// Heads of group mentions: "the three countries", "both sides".
const WordSet& GroupNouns() {
  static const WordSet s(std::array{"countries", "nations", "states", "sides", "governments",
                                    "allies", "leaders", "powers", "parties", "neighbours",
                                    "neighbors", "capitals", "partners", "juntas",
                                    "delegations", "presidents", "ministers", "militaries"});
  return s;
}
// Words that may refer to an actor without naming it; a sentence with one of them is read
// even when it names no actor.
const WordSet& ReferenceWords() {
  static const WordSet s(std::array{"he", "she", "him", "we", "i", "us", "it", "they",
                                    "both", "two", "three", "four", "five", "allies",
                                    "parties", "sides", "leaders", "ministers", "presidents",
                                    "delegations", "council", "secretary-general",
                                    "coalition", "group", "militia", "junta", "movement",
                                    "alliance", "bloc"});
  return s;
}
// Verbs (lemmas) that perform the act named by their object: "launched airstrikes on X",
// "carried out raids against X", "renewed its assault on X".
const WordSet& SupportVerbs() {
  static const WordSet s(std::array{
      "launch", "carry", "conduct", "mount", "stage", "renew", "resume", "continue",
      "intensify", "step", "escalate", "begin", "start", "unleash", "execute", "perform",
      "undertake", "commit", "perpetrate", "wage", "lead", "make", "deliver", "impose",
      "slap", "hold", "pay", "sign", "extend", "send", "provide", "supply", "fire",
      "announce", "order", "press", "push", "expand", "widen", "prepare", "plan", "plot"});
  return s;
}
// Nouns that count an act ("a series of strikes", "dozens of airstrikes").
// Participles of feeling, which a form of "be" makes no passive ("is concerned about").
const WordSet& FeelingWords() {
  static const WordSet s(std::array{"concerned", "alarmed", "worried", "troubled", "appalled",
                                    "dismayed", "saddened", "shocked", "outraged", "disappointed",
                                    "encouraged", "heartened", "pleased", "delighted"});
  return s;
}
// Words that ask for an act not to be done ("to refrain from supporting").
const WordSet& RefrainWords() {
  static const WordSet s(std::array{"refrain", "stop", "cease", "halt", "end", "avoid", "not",
                                    "never", "desist", "abstain"});
  return s;
}
// Verbs of asking, which like verbs of saying are the speaker's, not the reported clause's.
const WordSet& AskingVerbs() {
  static const WordSet s(std::array{"urge", "urges", "urged", "call", "calls", "called", "ask",
                                    "asks", "asked", "demand", "demands", "demanded", "appeal",
                                    "appeals", "appealed", "press", "presses", "pressed"});
  return s;
}
// Counts of people that make a crowd ("thousands of Cubans").
const WordSet& CrowdCounts() {
  static const WordSet s(std::array{"thousands", "hundreds", "dozens", "tens", "millions",
                                    "scores", "crowds"});
  return s;
}
const WordSet& QuantityNouns() {
  static const WordSet s(std::array{"series", "wave", "waves", "round", "rounds", "spate",
                                    "barrage", "number", "dozens", "hundreds", "scores",
                                    "string", "volley", "salvo", "new", "fresh", "mob",
                                    "crowd", "group", "gang", "band", "unit"});
  return s;
}
// Verbs whose saying is the act: "I want to thank President Macron" thanks him.
const WordSet& SpeechActVerbs() {
  static const WordSet s(std::array{"thank", "congratulate", "welcome", "commend", "express",
                                    "extend", "offer", "convey", "applaud", "praise", "salute",
                                    "condemn", "apologize", "apologise", "reiterate"});
  return s;
}
// Words that set a sentence among protests.
const WordSet& ProtestWords() {
  static const WordSet s(std::array{"protest", "protests", "protesters", "protestors",
                                    "demonstration", "demonstrations", "demonstrators",
                                    "rally", "rallies", "march", "marchers", "sit-in", "riot",
                                    "riots", "unrest", "uprising"});
  return s;
}
// Subordinators that open a participial clause of the main clause's subject ("after
// accusing him", "while visiting Kyiv", "by imposing sanctions").
const WordSet& AdverbialSubordinators() {
  static const WordSet s(std::array{"after", "before", "while", "when", "by", "without",
                                    "since", "upon", "despite"});
  return s;
}
// Words that make an act of several parties one towards each other.
const WordSet& ReciprocalWords() {
  static const WordSet s(std::array{"bilateral", "together", "mutual", "mutually", "jointly",
                                    "closely", "reciprocal"});
  return s;
}
// Verbs that link a subject to a state ("remains committed to supporting").
const WordSet& CopulaVerbs() {
  static const WordSet s(std::array{"remain", "remains", "remained", "stay", "stays",
                                    "stayed", "become", "becomes", "became", "stand",
                                    "stands", "stood"});
  return s;
}
// Plural nouns for the people who just acted together ("the leaders discussed").
const WordSet& PluralRoleNouns() {
  static const WordSet s(std::array{"leaders", "ministers", "presidents", "delegations",
                                    "governments"});
  return s;
}
const WordSet& Subordinators() {
  static const WordSet s(std::array{"that", "because", "although", "though", "while",
                                    "whereas", "unless", "if", "when", "after", "before",
                                    "since", "whether", "where", "but", "until", "once"});
  return s;
}
const WordSet& Relativizers() {
  static const WordSet s(std::array{"who", "which", "whom", "whose"});
  return s;
}
const WordSet& BeForms() {
  static const WordSet s(std::array{"is", "are", "was", "were", "be", "been", "being", "'s",
                                    "'re", "get", "got", "gets", "getting"});
  return s;
}
const WordSet& HaveForms() {
  static const WordSet s(std::array{"has", "have", "had"});
  return s;
}
// Verbs of saying and thinking, whose object is a clause with its own subject.
const WordSet& ReportingVerbs() {
  static const WordSet s(std::array{
      "say", "says", "said", "saying", "tell", "tells", "told", "state", "states", "stated",
      "announce", "announces", "announced", "claim", "claims", "claimed", "add", "adds",
      "added", "note", "notes", "noted", "report", "reports", "reported", "stress",
      "stressed", "insist", "insists", "insisted", "argue", "argues", "argued", "believe",
      "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped", "know",
      "knows", "knew", "confirm", "confirms", "confirmed", "declare", "declares", "declared",
      "warn", "warns", "warned", "allege", "alleges", "alleged", "suggest", "suggested",
      "acknowledge", "acknowledged", "admit", "admitted", "assert", "asserted", "wrote",
      "respond", "responds", "responded", "reply", "replies", "replied", "answered",
      "indicate", "indicates", "indicated", "signal", "signals", "signalled", "signaled",
      "hint", "hints", "hinted"});
  return s;
}
const WordSet& AuxiliaryWords() {
  static const WordSet s(std::array{"has", "have", "had", "having", "do", "does", "did", "to",
                                    "also", "jointly", "yet", "already", "'ve", "'d", "each",
                                    "both", "all", "together", "then", "now"});
  return s;
}
const WordSet& NegationCues() {
  static const WordSet s(std::array{"not", "n't", "never", "no", "neither", "nor"});
  return s;
}
// Adjectives that take an intended act with "to": "ready to help", "keen to assist".
const WordSet& ReadinessWords() {
  static const WordSet s(std::array{"ready", "keen", "willing", "eager", "determined",
                                    "prepared", "poised", "set", "due", "expected",
                                    "scheduled", "slated"});
  return s;
}
const WordSet& IntentCues() {
  static const WordSet s(std::array{"will", "'ll", "shall", "would", "plan", "plans", "planned",
                                    "intend", "intends", "intended", "pledge", "pledged",
                                    "pledges", "vow", "vowed", "vows", "promise", "promised",
                                    "promises", "aim", "aims", "want", "wants", "wanted",
                                    "threaten", "threatened", "threatens", "expected", "due",
                                    "set", "prepared", "ready", "going", "seek", "seeks",
                                    "sought", "agreed", "agree", "offered", "offer", "keen",
                                    "willing", "eager", "determined", "preparing", "prepares",
                                    "poised", "scheduled", "slated", "hope", "hopes", "expect",
                                    "expects", "committed", "commits", "dedicated"});
  return s;
}
const WordSet& AllegedCues() {
  static const WordSet s(std::array{"alleged", "allegedly", "reportedly", "purportedly",
                                    "suspected", "apparently", "supposedly"});
  return s;
}
const WordSet& SpeculativeCues() {
  static const WordSet s(std::array{"could", "might", "may", "can", "should", "must"});
  return s;
}
// Verbs by which one party asserts another's act ("condemned North Korea's supply of
// arms"), as lemmas.
const WordSet& AssertingLemmas() {
  static const WordSet s(std::array{"condemn", "accuse", "deny", "reject", "blame", "criticize",
                                    "criticise", "denounce", "allege", "claim", "report",
                                    "protest", "investigate", "confirm", "say", "warn",
                                    "welcome", "praise", "commend", "applaud", "hail"});
  return s;
}
const WordSet& AccusingVerbs() {
  static const WordSet s(std::array{"accuse", "accuses", "accused", "accusing", "blame",
                                    "blames", "blamed", "blaming", "suspect", "suspects",
                                    "suspected", "suspecting",
                                    "charge", "charges", "charged", "convict", "convicted"});
  return s;
}
const WordSet& DenyingVerbs() {
  static const WordSet s(std::array{"deny", "denies", "denied", "denying"});
  return s;
}
const WordSet& WarningVerbs() {
  static const WordSet s(std::array{"warn", "warns", "warned", "threaten", "threatens",
                                    "threatened"});
  return s;
}
const WordSet& AllegingVerbs() {
  static const WordSet s(std::array{"claim", "claims", "claimed", "allege", "alleges",
                                    "alleged", "accuse", "accuses", "accused"});
  return s;
}
const WordSet& RefusalVerbs() {
  static const WordSet s(std::array{"refuse", "refuses", "refused", "refusing", "fail",
                                    "fails", "failed", "failing", "decline", "declines",
                                    "declined", "declining"});
  return s;
}


// What a sentence-level analysis produces for one event before it becomes Events.
struct Candidate {
  uint32_t anchor = 0, end = 0;
  const EventPattern* pattern = nullptr;
  // A speaker's "X must VERB": anchored at the modal, matched as "urge X to VERB" would be.
  bool appeal = false;
  // "urges X to halt its operations and to engage in dialogue": a later infinitive of the
  // appeal before it, matched as "urge X to engage in dialogue" would be.
  bool appeal_more = false;
  // "claimed the bombing": the attack claimed, coded at the claim.
  bool claimed = false;
};

// FNV-1a over the bytes as they are (HashLower would miss a change of case).
uint64_t HashBytes(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

struct Scratch {
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<SentenceSpan> sentences;
  std::vector<ActorMatch> matches;
  std::vector<Mention> mentions;
  std::vector<uint8_t> tags;
  std::vector<LexToken> lex;
  std::vector<int32_t> mention_at;  // per token of the sentence: mention index or -1
  std::vector<DateMention> dates;
  std::vector<Candidate> candidates;
  std::vector<int32_t> quote_speaker;  // per token of the sentence: speaker mention or -1
  Discourse discourse;
  std::optional<Mention> author;  // who "I" and "we" are outside quotes (from the title)
  // With no author in the title, who "we" is: a state or an organisation that acts in the
  // document's first sentences ("The United Kingdom welcomes ... We call on Russia ...").
  std::optional<Mention> voice;
  // "We, the G7 Foreign Ministers of Canada, France, ... and the High Representative of the
  // European Union, reaffirm": a joint statement's "we", every party it opens with.
  std::vector<Mention> joint_voice;
  // The capital a release's dateline opens with ("WASHINGTON — "), once the first sentence
  // with an actor has been looked at.
  std::optional<Mention> dateline;
  // The events the sentence before wrote, [begin, end) of the output, for "France followed
  // suit" after it; `last_events_sentence` is that sentence's index, -1 when it coded none.
  size_t last_events_begin = 0, last_events_end = 0;
  int last_events_sentence = -1;
  bool dateline_seen = false;
  // The speaker of a quotation still open at the end of the last sentence.
  std::optional<Mention> open_quote;
  int open_quote_sentence = 0;  // where it opened: a quotation runs on for three at most
  // A quotation left open with its speaker named only after it closes ('"... . I call on
  // ...," she said'): where it opened, and the last person named before it.
  int pending_quote_sentence = -1;
  std::optional<Mention> before_quote;
  // The speaker of a sentence that ends in a reporting verb and a colon ("Foreign Secretary
  // David Lammy said:"), and that sentence.
  std::optional<Mention> colon_speaker;
  int colon_speaker_sentence = -1;
  // Records a quotation opened in `sentence` whose speaker is not yet named: `named`, the last
  // person before it in its sentence, else whoever spoke last, rather than someone named
  // since ("X said ... Supporters of Y blocked roads. \"...\"").
  void OpenPendingQuote(int sentence, const Mention* named) {
    pending_quote_sentence = sentence;
    before_quote.reset();
    if (!named) named = discourse.SubjectPerson(3);
    if (!named) named = discourse.LastPerson();
    if (named) before_quote = *named;
  }
  // Actors named with a head noun a later "the coalition" or "the group" may mean.
  struct Named {
    uint64_t head;
    Mention mention;
    int sentence;
  };
  std::vector<Named> named_heads;
  // The last few sentences and the first actor each names (not a place), for an act a later
  // sentence names whose telling coded nothing ("Belarusian officials said the crew had
  // chosen to divert ... Nauseda called the diversion a hijacking").
  struct Told {
    int sentence = 0;
    uint32_t first = 0, end = 0;  // the sentence's tokens
    bool topic = false;           // a topic line: the item before it is another story
    bool has_teller = false;
    Mention teller;
  };
  static constexpr int kTold = 4;
  std::array<Told, kTold> told;  // a ring: the next to write at told_next
  int told_next = 0, told_count = 0;
  int sentence_index = 0;  // of the sentence being coded
  // The person a title opens with ("Keir Starmer meeting with ..."): whom a bare "The Prime
  // Minister" means when the text has named no one under that title.
  std::optional<Mention> headline;
  // A No 10 readout ("PM meeting with Prime Minister Kishida of Japan"): the house's own
  // Prime Minister, whom every bare "The Prime Minister" in it means.
  std::optional<Mention> house;
  // The United Nations when the title names it or its Secretary-General ("Statement by the
  // Spokesman for the Secretary-General"): whom a bare "the Secretary-General" or "the
  // Council" means when the text has named no one.
  std::optional<Mention> title_un;
  // NATO when the title names it: whom a capitalised "Allies" means.
  std::optional<Mention> title_nato;
  // The one country a title names ("With Venezuela Buckling under Severe Shortages, Security
  // Council ..."), else empty: where an appeal to no one named is aimed.
  std::string title_country;
  int next_group = 0;
  bool koreas = false;  // the document has named North or South Korea
  bool tracing = false;  // explaining: keep the reasons, at some cost
};

void MergeRestatements(std::vector<Event>* events);
void NameLaterDoers(std::vector<Event>* events);

class CoderImpl : public Coder {
 public:
  explicit CoderImpl(const CoderOptions& options)
      : options_(options), source_(options.data_dir) {}

  Status Load() {
    auto cameo = CameoTable::Load(&source_);
    if (!cameo.ok()) return cameo.status();
    cameo_ = std::move(*cameo);
    // The lemmatizer is needed only to build the lexicon's surface -> lemma table.
    auto lemmatizer = Lemmatizer::Load(&source_);
    if (!lemmatizer.ok()) return lemmatizer.status();
    auto tagger = Tagger::Load(&source_);
    if (!tagger.ok()) return tagger.status();
    tagger_ = std::move(*tagger);
    for (int t = 0; t < tagger_->tag_count(); ++t) {
      if (tagger_->Name(static_cast<uint8_t>(t)) == "VBP") vbp_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "VBN") vbn_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "VB") vb_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "MD") md_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "NN") nn_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "PRP") prp_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "TO") to_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "NNS") nns_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "VBZ") vbz_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "NNPS") nnps_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "VBG") vbg_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "CD") cd_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "VBD") vbd_ = static_cast<uint8_t>(t);
      if (tagger_->Name(static_cast<uint8_t>(t)) == "RB") rb_ = static_cast<uint8_t>(t);
      std::string_view name = tagger_->Name(static_cast<uint8_t>(t));
      light_tag_[t] = name == "DT" || name == "PDT" || name == "PRP$" || name == "CD" ||
                      name == "$" || name == "SYM";  // "£120 million"
    }
    ActorDictionary::Sources sources;
    sources.builtin = !options_.replace_dictionaries;
    EventLexicon::Sources event_sources;  // verb files replace data/events only when given
    event_sources.builtin = !options_.replace_dictionaries || options_.verb_files.empty();
    for (const auto& [files, out] :
         {std::pair{&options_.actor_files, &sources.petrarch_actors},
          std::pair{&options_.agent_files, &sources.petrarch_agents},
          std::pair{&options_.verb_files, &event_sources.petrarch_verbs},
          std::pair{&options_.discard_files, &event_sources.petrarch_discards}}) {
      for (const std::string& path : *files) {
        Result<std::string_view> text = source_.ReadPath(path);
        if (!text.ok()) return text.status();
        out->emplace_back(std::filesystem::path(path).filename().string(), *text);
      }
    }
    // The fingerprint covers what coded: the data/ files, every dictionary file given and
    // whether it replaced the built-in ones.
    uint64_t h = options_.replace_dictionaries ? 1 : 0;
    for (const auto* files : {&options_.actor_files, &options_.agent_files,
                              &options_.verb_files, &options_.discard_files}) {
      for (const std::string& path : *files) {
        Result<std::string_view> text = source_.ReadPath(path);
        if (text.ok()) h = HashCombine(h, HashBytes(*text));
      }
      h = HashCombine(h, 0x2d2d);  // "--": which list a file came from
    }
    auto actors = ActorDictionary::Load(&source_, sources);
    if (!actors.ok()) return actors.status();
    actors_ = std::move(*actors);
    auto places = Gazetteer::Load(&source_);
    if (!places.ok()) return places.status();
    places_ = std::move(*places);
    auto events = EventLexicon::Load(&source_, **lemmatizer, *cameo_, event_sources);
    if (!events.ok()) return events.status();
    events_ = std::move(*events);
    h = HashCombine(h, 1469598103934665603ull);
    for (const std::string& name : source_.List("data/")) {
      Result<std::string_view> text = source_.Read(name);
      if (!text.ok()) continue;
      h = HashCombine(h, HashBytes(name));
      h = HashCombine(h, HashBytes(*text));
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    fingerprint_ = buf;
    return Status::Ok();
  }

  std::string DictionaryFingerprint() const override { return fingerprint_; }

  Status Code(const Document& doc, DocumentResult* out) const override {
    return Explain(doc, out, nullptr);
  }
  Status Explain(const Document& doc, DocumentResult* out, Trace* trace) const override;

 private:
  void CodeSentence(const Document& doc, const Date& pub, int index, const SentenceSpan& s,
                    Scratch* sc, std::vector<Event>* out, Trace::Sentence* trace) const;
  void TraceMentions(const Scratch& sc, const Document& doc, Trace::Sentence* t) const;
  const char* MentionUse(const Mention& m, const Scratch& sc) const;
  void Locate(const SentenceSpan& s, uint32_t anchor, uint32_t match_end, const Scratch& sc,
              std::string_view text, Event* e) const;
  std::string Chunks(const SentenceSpan& s, const Scratch& sc) const;
  void AddOfficeHolders(const Date& date, const SentenceSpan& s, Scratch* sc) const;
  void AddLedForces(const SentenceSpan& s, Scratch* sc) const;
  bool Demanded(const SentenceSpan& s, uint32_t anchor, const Scratch& sc) const;
  void BuildMentions(const Date& date, const SentenceSpan& s, Scratch* sc) const;
  void NameArmedGroups(const SentenceSpan& s, Scratch* sc) const;
  void NameKoreas(const SentenceSpan& s, Scratch* sc) const;
  void NameHomeAgencies(const SentenceSpan& s, Scratch* sc) const;
  Mention MakeMention(const ActorMatch& m, const Date& date, bool explain) const;
  // A country (or its sector) the text implies but names by no dictionary entry, as a
  // mention over tokens [first, end).
  Mention CountryMention(const std::string& country, std::string_view sector, uint32_t first,
                         uint32_t end, const char* via) const;
  // The United Nations, known from a document's title rather than a mention in its text.
  Mention TitleUn() const {
    Mention un;
    un.code = "IGOUNO";
    un.org = actors_->OrgOfCode(un.code);
    un.name = "United Nations";
    un.actor = true;
    un.entry = "title";
    return un;
  }
  void ResolveReferences(const SentenceSpan& s, Scratch* sc) const;
  void ResolveSpeakers(const SentenceSpan& s, Scratch* sc) const;
  // The actors a document's title names, in order.
  std::vector<Mention> TitleActors(const std::string& title, const Date& date) const;
  std::optional<Mention> FindAuthor(const std::string& title,
                                    const std::vector<Mention>& found) const;
  // The parties of a joint statement its title names ("Joint Statement by Saudi Arabia and
  // the United States on ..."), each as its government; empty for any other title.
  std::vector<Mention> JointTitleVoice(const std::string& title,
                                       const std::vector<Mention>& found) const;
  void Reindex(const SentenceSpan& s, Scratch* sc) const;
  void RememberSentence(const SentenceSpan& s, Scratch* sc) const;
  // Records the sentence, and the first actor it names, in `sc->told` for TellerOf.
  void RememberTold(const SentenceSpan& s, Scratch* sc) const;
  // The first actor (no civilians) of the last of the three sentences before that tells the
  // act or claim named by the noun at token `j` (by the noun or the verb it comes from),
  // when that sentence coded nothing of it; else nullptr.
  const Mention* TellerOf(uint32_t j, const Scratch& sc) const;
  int NominalSource(const SentenceSpan& s, const Candidate& c, const Scratch& sc,
                    int64_t* support) const;
  std::string PlaceCountryAfter(const SentenceSpan& s, uint32_t from, const Scratch& sc) const;
  bool ForeignTown(const Place& p, const SentenceSpan& s, const Scratch& sc) const;
  // Whether the sentence sets itself in a place ("in Ethiopia") and names none of the
  // parties' countries: "the parties" there are another war's than those told before. Reads
  // the first `mentions` mentions directly, so it works before the token index is built.
  bool PartiesElsewhere(const SentenceSpan& s, const std::vector<Mention>& parties,
                        size_t mentions, const Scratch& sc) const;
  std::string SentenceCountry(const SentenceSpan& s, const Scratch& sc) const;
  // The armed group a fighter word's "from" or "of" names right after `end` ("fighters from
  // al-Shabaab"), as an index into the mentions, else -1. Reads the mentions directly.
  int ArmedGroupAfter(uint32_t end, const SentenceSpan& s, const Scratch& sc) const;
  std::string ItemTopicCountry(const SentenceSpan& s, const Scratch& sc) const;
  std::vector<int> Expand(const std::vector<int>& group, const Scratch& sc) const;
  int FindSubject(const SentenceSpan& s, uint32_t anchor, const Scratch& sc) const;
  // When the noun at `last` ends a plural head's "of" phrase ("Thousands of supporters of
  // the junta"), the mention at that head ("Thousands"), or -1.
  int PluralOfPhraseHead(const SentenceSpan& s, int64_t last, const Scratch& sc) const;
  // The verb of a journey or a summons whose purpose infinitive is at `anchor` ("travels
  // to Paris to meet", "summoned the ambassador to protest"), or -1.
  int64_t JourneyBefore(const SentenceSpan& s, uint32_t anchor, const Scratch& sc) const;
  // The "by" that names who carried out the attack named just before `at`, past its
  // participle ("carried out on 25 August by", "which were claimed by"); 0 for none.
  uint32_t AttackAgent(const SentenceSpan& s, uint32_t at, const Scratch& sc) const;
  // `judged_act`: the verb praises or blames an act, so the act's doer ("the steps taken by
  // X", "the statement of X") is the target. `giving`: the verb gives or promises aid, so
  // "to help X" names whom it goes to.
  int FindObject(const SentenceSpan& s, uint32_t from, const Scratch& sc,
                 bool judged_act = false, bool giving = false) const;
  // The end of a list of things after a noun and the comma at `comma` (", ammunition and
  // equipment"): lowercase nouns, each with up to two words before it, the last after "and"
  // or "or"; `comma` itself when no such list follows.
  uint32_t ThingListEnd(const SentenceSpan& s, uint32_t comma, const Scratch& sc) const;
  // Sets `targets` to the country across the border named at `border` ("the Ukrainian
  // border", "Ukraine's border", "the border with Ukraine") when it is not `source`'s.
  void BorderTarget(const SentenceSpan& s, uint32_t border, const Scratch& sc, int source,
                    std::vector<int>* targets) const;
  std::vector<int> Coordinated(int mention, bool backward, const SentenceSpan& s,
                               const Scratch& sc) const;
  // The party an appeal to others asks them to act against, or -1.
  int RallyTarget(const Candidate& c, const SentenceSpan& s, const Scratch& sc,
                  int source) const;
  Modality ModalityOf(const SentenceSpan& s, uint32_t subject_end, uint32_t anchor,
                      const Scratch& sc, bool* speculative) const;
  Actor MakeActor(const Mention& m, const Scratch& sc, const Document& doc) const;

  CoderOptions options_;
  mutable DataSource source_;
  std::unique_ptr<CameoTable> cameo_;
  std::unique_ptr<Tagger> tagger_;
  uint8_t vbp_ = 0;  // the tag a headline verb read as a noun gets instead
  uint8_t vbn_ = 0;  // and a participle after "is", "was", "were"
  uint8_t vb_ = 0, md_ = 0;  // a base form after a modal, and a modal, read as nouns
  uint8_t nn_ = 0, prp_ = 0, to_ = 0, nns_ = 0, nnps_ = 0, vbz_ = 0, vbg_ = 0, cd_ = 0;
  // Tags a pattern's gap does not count (determiners, possessives, numbers), by tag id.
  std::array<bool, 256> light_tag_{};
  uint8_t vbd_ = 0, rb_ = 0;
  std::unique_ptr<ActorDictionary> actors_;
  std::unique_ptr<EventLexicon> events_;
  std::unique_ptr<Gazetteer> places_;
  std::string fingerprint_;
};

// A title's words as one value ("Prime Minister", "prime minister" alike).
uint64_t TitleHash(const std::vector<Token>& toks, uint32_t first, uint32_t end) {
  uint64_t h = 0;
  for (uint32_t i = first; i < end; ++i) h = h * 1099511628211ULL + toks[i].hash;
  return h;
}

// The verb an act noun names ("the declaration" of what was declared), as a lemma hash; 0
// for other words.
uint64_t VerbOfActNoun(const Token& t) {
  static const auto* table = [] {
    auto* m = new FlatMap64<uint64_t>();
    for (const auto& [noun, verb] : std::initializer_list<std::pair<const char*, const char*>>{
             {"declaration", "declare"}, {"removal", "remove"}, {"expulsion", "expel"},
             {"expulsions", "expel"}, {"detention", "detain"}, {"suspension", "suspend"},
             {"deployment", "deploy"}, {"destruction", "destroy"}, {"annexation", "annex"},
             {"invasion", "invade"}, {"occupation", "occupy"}, {"withdrawal", "withdraw"},
             {"closure", "close"}, {"execution", "execute"}, {"executions", "execute"},
             {"abduction", "abduct"}, {"imprisonment", "imprison"}, {"conviction", "convict"},
             {"recognition", "recognize"}, {"announcement", "announce"},
             {"imposition", "impose"}, {"cancellation", "cancel"}, {"dismissal", "dismiss"},
             {"dissolution", "dissolve"}, {"rejection", "reject"}, {"deportation", "deport"},
             {"deportations", "deport"}, {"shelling", "shell"}, {"bombing", "bomb"},
             {"resignation", "resign"}, {"resignations", "resign"}, {"ouster", "oust"},
             {"election", "elect"}, {"arrests", "arrest"}, {"extradition", "extradite"},
             {"downing", "shoot"}, {"seizure", "seize"}, {"seizures", "seize"},
             {"incursion", "invade"}, {"assassination", "assassinate"},
             {"killing", "kill"}, {"killings", "kill"}, {"capture", "capture"},
             {"blockade", "blockade"}, {"hijacking", "hijack"}, {"diversion", "divert"},
             {"interception", "intercept"}, {"boarding", "board"}}) {
      m->Insert(HashLower(noun), HashLower(verb));
    }
    return m;
  }();
  const uint64_t* v = table->Find(t.hash);
  return v ? *v : 0;
}

// What a state does to people: "the arrest of", "the verdict against", "Navalny's jailing".
const WordSet& StateActsOnPeople() {
  static const WordSet s(std::array{
      "arrest", "arrests", "detention", "jailing", "imprisonment", "sentencing", "sentence",
      "verdict", "conviction", "trial", "prosecution", "persecution", "expulsion", "deportation",
      "treatment", "harassment", "execution", "poisoning", "abduction", "disappearance"});
  return s;
}

// Codes whose action two parties do together: with no separate target, "X and Y held
// talks" is one mutual event per pair rather than an event with no target.
bool IsMutualCode(std::string_view code) {
  static constexpr std::array<std::string_view, 14> kMutual = {
      "036", "040", "041", "044", "046", "050", "057", "060", "061", "062", "063", "064",
      "190", "193"};
  // Byte by byte: this runs for every candidate event, and memcmp calls cost more.
  return code.size() == 3 && std::any_of(kMutual.begin(), kMutual.end(), [&](std::string_view m) {
           return m[0] == code[0] && m[1] == code[1] && m[2] == code[2];
         });
}

// Roots whose acts several parties do together (cooperation, aid, concessions, reduced
// relations, fighting) rather than each on its own (statements, appeals, blame, threats).
bool IsJointRoot(std::string_view root) {
  return root == "03" || root == "04" || root == "05" || root == "06" || root == "07" ||
         root == "08" || root == "09" || root == "16" || root == "19";
}

// Case-insensitive comparison of a token with a lowercase word.
bool IsWord(const Token& t, std::string_view lower);
// The same for a literal, whose length is known without strlen (this runs per token: inlined,
// a word of another length costs no call).
template <size_t N>
[[gnu::always_inline]] inline bool IsWord(const Token& t, const char (&lower)[N]) {
  return t.text.size() == N - 1 && IsWord(t, std::string_view(lower, N - 1));
}
bool IsWord(const Token& t, std::string_view lower) {
  if (t.text.size() != lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t.text[i]);
    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != static_cast<unsigned char>(lower[i])) return false;
  }
  return true;
}

// The CAMEO root of a speech act named by its kind ("that ultimatum", "the demands"), or "".
std::string_view SpeechActRoot(const Token& t) {
  if (IsWord(t, "ultimatum") || IsWord(t, "threat") || IsWord(t, "threats")) return "13";
  if (IsWord(t, "demand") || IsWord(t, "demands")) return "10";
  if (IsWord(t, "request") || IsWord(t, "requests") || IsWord(t, "appeal") ||
      IsWord(t, "appeals") || IsWord(t, "plea") || IsWord(t, "pleas")) {
    return "02";
  }
  if (IsWord(t, "offer") || IsWord(t, "proposal") || IsWord(t, "pledge") ||
      IsWord(t, "promise")) {
    return "03";
  }
  return "";
}

// A word of a person's name: capitalised, or a lowercase particle of one before a capital
// ("Adel al-Jubeir", "Abdel Fattah el-Sisi", "Ursula von der Leyen", "Mohammed bin Salman").
bool NameWord(const std::vector<Token>& toks, uint32_t j, uint32_t end) {
  const Token& t = toks[j];
  if (!t.is(kWord)) return false;
  if (t.is(kCapitalized)) return !t.is(kAllCaps);
  std::string_view w = t.text;
  size_t dash = w.find('-');
  if (dash != std::string_view::npos && dash >= 1 && dash <= 3 && dash + 1 < w.size()) {
    std::string_view particle = w.substr(0, dash);
    return (particle == "al" || particle == "el" || particle == "ad" || particle == "ar" ||
            particle == "as" || particle == "ash" || particle == "at" || particle == "az" ||
            particle == "an" || particle == "ul") &&
           w[dash + 1] >= 'A' && w[dash + 1] <= 'Z';
  }
  static const WordSet particles(std::array{"bin", "ibn", "bint", "van", "von", "der", "den",
                                            "de", "da", "di", "del", "dos", "du", "al", "el"});
  return j + 1 < end && particles.contains(t.hash) &&
         (toks[j + 1].is(kCapitalized) || NameWord(toks, j + 1, end));
}

// Whether a title mention ("UN Secretary-General", "Austrian Minister of Defense") may
// name `person`: the same organisation, or the same country.
bool TitleFits(const Mention& title, const Mention& person) {
  if (person.code.empty()) return false;
  if (!title.org.empty()) return person.code.compare(0, title.code.size(), title.code) == 0;
  return !title.country.empty() && title.country == person.country;
}

// Two mentions of one actor: the same code, or a country and a part of it (EGY, EGYGOV).
bool SameActor(const Mention& a, const Mention& b) {
  if (a.code == b.code) return true;
  if (a.country.empty() || a.country != b.country) return false;
  return a.code == a.country || b.code == b.country;
}

// Whether an act from `a` to `b` would be aimed at itself. A country's rebels, opposition
// or people are not the country: "M23 rebels captured Goma" is CODREB against COD.
bool SelfDirected(const Mention& a, const Mention& b) {
  if (!SameActor(a, b)) return false;
  auto state = [](const std::string& sector) {
    return sector.empty() || sector == "GOV" || sector == "MIL" || sector == "COP" ||
           sector == "JUD" || sector == "LEG" || sector == "SPY";
  };
  return a.code == b.code || (state(a.sector) && state(b.sector));
}

// A plural noun by its form: "protesters", "people".
bool IsPlural(const Token& t) {
  return t.text.ends_with("s") || IsWord(t, "people") || IsWord(t, "police") ||
         IsWord(t, "personnel") || IsWord(t, "aircraft");
}

constexpr uint64_t kMust = HashLower("must"), kShould = HashLower("should"), kTo = HashLower("to");
constexpr uint64_t kUrge = HashLower("urge"), kAgree = HashLower("agree");
constexpr uint64_t kCondemn = HashLower("condemn"), kBlame = HashLower("blame");
constexpr uint64_t kResponsibility = HashLower("responsibility");
constexpr uint64_t kIs = HashLower("is"), kAre = HashLower("are"), kWas = HashLower("was"),
                   kWere = HashLower("were");
constexpr uint64_t kBear = HashLower("bear"), kBears = HashLower("bears"),
                   kBore = HashLower("bore"), kRegime = HashLower("regime");
constexpr uint64_t kDiscuss = HashLower("discuss");
constexpr uint64_t kSuit = HashLower("suit"), kSame = HashLower("same");
constexpr uint64_t kLikewise = HashLower("likewise");

// "gunmen", "armed men", "militias": armed men no one has named (the sector word alone,
// not a named group of the sector).
bool UnnamedArmedMen(const Mention& m) {
  return m.sector == "UAF" && m.entry.find("sectors.tsv") != std::string_view::npos;
}

// "on his", "during a" (visit): the act told is the clause's own, under way.
bool OnOrDuringA(const std::vector<Token>& toks, int64_t j) {
  // "during Putin's visit to Beijing", "following President Lula's visit": past the name.
  if (toks[j].text == "'s") {
    --j;
    while (j > 0 && toks[j - 1].is(kCapitalized) && toks[j - 1].is(kWord) &&
           !IsWord(toks[j - 1], "during") && !IsWord(toks[j - 1], "on") &&
           !IsWord(toks[j - 1], "after") && !IsWord(toks[j - 1], "following")) {
      --j;
    }
  } else if (!(IsWord(toks[j], "his") || IsWord(toks[j], "her") || IsWord(toks[j], "their") ||
               IsWord(toks[j], "a") || IsWord(toks[j], "an"))) {
    return false;
  }
  if (j < 1) return false;
  // "at the start of a three-day visit", "on the second day of his first visit"; "following
  // his visit to Brasilia": a visit told as made.
  static const WordSet parts(std::array{"start", "end", "beginning", "close", "conclusion",
                                        "day", "course", "part", "leg", "sidelines", "margins"});
  return IsWord(toks[j - 1], "on") || IsWord(toks[j - 1], "during") ||
         IsWord(toks[j - 1], "after") || IsWord(toks[j - 1], "following") ||
         (j >= 2 && IsWord(toks[j - 1], "from") && IsWord(toks[j - 2], "returning")) ||
         (j >= 2 && IsWord(toks[j - 1], "of") && parts.contains(toks[j - 2].hash));
}

// Whether toks[j] opens "in a|his|her" before a talk's noun at `anchor` ("in a phone call
// with Erdogan"): a talk the clause's subject holds, told as held.
bool InATalk(const std::vector<Token>& toks, int64_t j, uint32_t anchor) {
  return j >= 1 && IsWord(toks[j - 1], "in") &&
         (IsWord(toks[j], "a") || IsWord(toks[j], "his") || IsWord(toks[j], "her")) &&
         (IsWord(toks[anchor], "phone") || IsWord(toks[anchor], "call") ||
          IsWord(toks[anchor], "conversation") || IsWord(toks[anchor], "meeting"));
}

// The section headings of a news digest such as Wikipedia's current events portal.
bool IsSectionHeading(const std::vector<Token>& toks, const SentenceSpan& span) {
  static const std::array<std::string_view, 10> kHeadings = {
      "armed conflicts and attacks", "international relations", "disasters and accidents",
      "politics and elections",      "business and economy",    "law and crime",
      "science and technology",      "health and environment",  "arts and culture",
      "sports"};
  std::string line;
  for (uint32_t i = span.first_token; i < span.end_token; ++i) {
    if (!line.empty()) line += ' ';
    for (char c : toks[i].text) {
      line += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return std::find(kHeadings.begin(), kHeadings.end(), line) != kHeadings.end();
}

bool IsHardBoundary(const Token& t) {
  if (!t.is(kPunct)) return false;
  if (t.text.size() == 2) return t.text == "--";
  // One byte compared as a char: this runs per token in most scans.
  char c = t.text.size() == 1 ? t.text[0] : 0;
  return c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '-';
}

// Where the helpers begin in "with (the) help|support|assistance|backing of|from X" at
// `with`, else 0: "retook the city with the help of U.S. air strikes".
uint32_t HelpedWith(const std::vector<Token>& toks, uint32_t with, uint32_t end) {
  if (with + 3 >= end || !IsWord(toks[with], "with")) return 0;
  uint32_t k = with + 1;
  if (IsWord(toks[k], "the")) ++k;
  if (!(IsWord(toks[k], "help") || IsWord(toks[k], "support") ||
        IsWord(toks[k], "assistance") || IsWord(toks[k], "backing"))) {
    return 0;
  }
  ++k;
  if (k + 1 >= end || !(IsWord(toks[k], "of") || IsWord(toks[k], "from"))) return 0;
  ++k;
  return IsWord(toks[k], "the") ? k + 1 : k;
}

Status CoderImpl::Explain(const Document& doc, DocumentResult* out, Trace* trace) const {
  out->events.clear();
  out->warnings.clear();
  out->sentences = 0;
  out->skipped = false;
  const size_t limit = std::min<size_t>(options_.max_document_bytes, size_t{1} << 30);
  if (doc.text.size() > limit) {
    return Status::InvalidArgument("document too large: " + std::to_string(doc.text.size()) +
                                   " bytes (limit " +
                                   std::to_string(limit) + ")");
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidArgument("empty document");
  }
  if (size_t bad = FindInvalidUtf8(doc.text); bad != std::string::npos) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  thread_local Scratch sc;
  DYAD_RETURN_IF_ERROR(Normalize(doc.text, &sc.norm));
  Tokenize(sc.norm.text, &sc.tokens);
  if (sc.tokens.empty()) return Status::InvalidArgument("empty document");
  if (options_.detect_language && !PlainlyEnglish(sc.tokens)) {
    LanguageGuess g = DetectLanguage(doc.text);
    if (g.reliable && g.code != "en") {
      out->skipped = true;
      out->warnings.push_back("skipped: language is " + g.name + " (" + g.code + "), not English");
      return Status::Ok();
    }
  }
  Date pub = doc.date.valid() ? doc.date : FindDatelineDate(doc.text);

  // PETRARCH discard lists (--discards): a story-level phrase drops the whole document.
  auto all = static_cast<uint32_t>(sc.tokens.size());
  if (const DiscardList::Entry* d = events_->FindDiscard(sc.tokens, 0, all, /*story=*/true)) {
    out->skipped = true;
    out->warnings.push_back("skipped: story-level discard \"" + d->phrase + "\" (" + d->rule +
                            ")");
    return Status::Ok();
  }
  Segment(sc.tokens, &sc.sentences);
  out->sentences = static_cast<int>(sc.sentences.size());
  sc.discourse.Clear();
  std::vector<Mention> title_actors = TitleActors(doc.title, pub);
  sc.author = FindAuthor(doc.title, title_actors);
  // A title about one country ("Statement on the situation in Bolivia") sets the scene of
  // the text until a topic line of its own.
  {
    std::string country;
    bool several = false;
    for (const Mention& m : title_actors) {
      if (m.country.empty()) continue;
      several |= !country.empty() && m.country != country;
      country = m.country;
    }
    sc.discourse.SetScene(several ? std::string() : country, /*topic=*/true);
  }
  // "Statement by Ambassador Karen Pierce, UK Permanent Representative to the UN, at the
  // Security Council" as the body's first line, under a title of its own: a byline.
  if (!sc.author && !sc.sentences.empty()) {
    const SentenceSpan& line = sc.sentences[0];
    const Token& head = sc.tokens[line.first_token];
    std::string_view last = sc.tokens[line.end_token - 1].text;
    const bool heading = last != "." && last != "?" && last != "!";
    // ("Explanation of vote by Ambassador Barbara Woodward, ...": a byline, stop or none.)
    bool by = false;
    for (uint32_t j = line.first_token; j < line.end_token && j < line.first_token + 5; ++j) {
      by |= IsWord(sc.tokens[j], "by");
    }
    if ((heading || by) && (IsWord(head, "statement") || IsWord(head, "remarks") ||
                            IsWord(head, "speech") || IsWord(head, "briefing") ||
                            IsWord(head, "explanation"))) {
      std::string text(sc.norm.text.substr(line.begin, line.end - line.begin));
      sc.author = FindAuthor(text, TitleActors(text, pub));
    }
    // "Briefing to the Security Council ..." over "Nickolay Mladenov, Special Coordinator for
    // the Middle East Peace Process": a UN office's own briefing.
    bool briefing = heading && (doc.title.starts_with("Briefing") ||
                                doc.title.starts_with("Remarks"));
    for (uint32_t j = line.first_token; briefing && !sc.author && j + 2 < line.end_token; ++j) {
      if (sc.tokens[j].text == "," && IsWord(sc.tokens[j + 1], "special") &&
          (IsWord(sc.tokens[j + 2], "coordinator") || IsWord(sc.tokens[j + 2], "envoy") ||
           IsWord(sc.tokens[j + 2], "representative"))) {
        sc.author = TitleUn();
      }
    }
  }
  sc.dateline.reset();
  sc.dateline_seen = false;
  sc.last_events_sentence = -1;
  sc.last_events_begin = sc.last_events_end = 0;
  sc.open_quote.reset();
  sc.pending_quote_sentence = -1;
  sc.colon_speaker.reset();
  sc.before_quote.reset();
  sc.named_heads.clear();
  sc.told_next = sc.told_count = 0;
  sc.headline.reset();
  sc.house.reset();
  if (doc.title.starts_with("PM ") || doc.title.starts_with("PM's ") ||
      doc.title.starts_with("PM\u2019s ")) {
    Mention pm;
    pm.country = "GBR";
    pm.sector = "GOV";
    pm.code = "GBRGOV";
    pm.name = "Prime Minister of the United Kingdom";
    pm.actor = true;
    pm.person = true;
    pm.entry = "title";
    sc.house = pm;
  }
  if (!title_actors.empty() && title_actors[0].person && title_actors[0].sector == "GOV") {
    sc.headline = title_actors[0];
  }
  sc.title_un.reset();
  sc.title_nato.reset();
  sc.title_country.clear();
  bool several_countries = false;
  for (const Mention& m : title_actors) {
    if (m.code == "IGOUNO" && !sc.title_un) sc.title_un = m;
    if (m.code == "IGOWSTNAT" && !sc.title_nato) sc.title_nato = m;
    // Not the author's own ("The situation in Venezuela – UK statement at the UN").
    bool own = sc.author && sc.author->country == m.country;
    if (m.org.empty() && !m.country.empty() && m.country != sc.title_country && !own) {
      several_countries |= !sc.title_country.empty();
      sc.title_country = m.country;
    }
  }
  if (several_countries) sc.title_country.clear();
  if (!sc.title_un && (doc.title.find("Secretary-General") != std::string::npos ||
                       doc.title.find("Secretary General") != std::string::npos)) {
    sc.title_un = TitleUn();
  }
  sc.voice.reset();
  sc.joint_voice = JointTitleVoice(doc.title, title_actors);
  sc.next_group = 0;
  sc.koreas = false;
  sc.tracing = trace != nullptr;
  for (size_t i = 0; i < sc.sentences.size(); ++i) {
    Trace::Sentence* t = nullptr;
    if (trace) {
      t = &trace->sentences.emplace_back();
      t->index = static_cast<int>(i);
      uint32_t b = sc.norm.ToOriginal(sc.sentences[i].begin);
      uint32_t e = sc.norm.ToOriginal(sc.sentences[i].end);
      t->text = doc.text.substr(b, e - b);
    }
    // A source credit on its own ("(Times of Israel)" after a news item) names no actor of
    // the text, and sets no referent for the next item.
    const SentenceSpan& span = sc.sentences[i];
    if (span.end_token - span.first_token <= 8 && sc.tokens[span.first_token].text == "(" &&
        sc.tokens[span.end_token - 1].text == ")") {
      continue;
    }
    // A short line with no closing stop is a heading or a topic line.
    const std::string_view last = sc.tokens[span.end_token - 1].text;
    if (span.end_token - span.first_token <= 10 && last != "." && last != "?" && last != "!" &&
        last != "\"" && last != ")") {
      sc.discourse.MarkTopic(IsSectionHeading(sc.tokens, span));
    }
    CodeSentence(doc, pub, static_cast<int>(i), span, &sc, &out->events, t);
  }
  NameLaterDoers(&out->events);
  MergeRestatements(&out->events);
  if (sc.norm.text.capacity() > (4u << 20)) sc = Scratch();  // do not keep a huge document's buffers
  return Status::Ok();
}

// The mention a dictionary match names on `date`: a person's or a dated group's code is the
// role that covers the date (kept in `role` when explaining).
Mention CoderImpl::MakeMention(const ActorMatch& m, const Date& date, bool explain) const {
  const ActorEntry& e = *m.entry;
  Mention cur;
  cur.first = m.first;
  cur.end = m.end;
  cur.country = e.country;
  cur.sector = e.sector;
  cur.org = e.org;
  cur.name = e.name;
  cur.actor = e.kind != ActorKind::kSector;
  cur.entry = e.source;
  cur.person = e.kind == ActorKind::kPerson;
  cur.capital = e.kind == ActorKind::kCapital;
  cur.demonym = e.kind == ActorKind::kAdjective;
  if (e.kind == ActorKind::kPerson) {
    cur.code = actors_->PersonCode(e, date, explain ? &cur.role : nullptr);
    if (cur.code.size() >= 3 && cur.code.compare(0, 3, "IGO") != 0) {
      cur.country = cur.code.substr(0, 3);
      cur.sector = cur.code.substr(3, 3);
    } else {
      cur.org = actors_->OrgOfCode(cur.code);
    }
  } else if (e.kind == ActorKind::kSector) {
    cur.code = e.sector;
  } else if (e.kind == ActorKind::kGroup && !e.roles.empty()) {
    cur.code = actors_->PersonCode(e, date, explain ? &cur.role : nullptr);
    cur.sector = cur.code.size() >= 6 ? cur.code.substr(3, 3) : "";
  } else {
    cur.code = e.code;
  }
  return cur;
}

// "Prime Minister Abadi", "Secretary Carter": a family name alone after an office title,
// not matched and not known from the document, is the one person of that name in office on
// the date ("Haider al-Abadi", "Ash Carter"). A name the title starts ("President Luis
// Arce") is the dictionary's to match.
void CoderImpl::AddOfficeHolders(const Date& date, const SentenceSpan& s, Scratch* sc) const {
  const auto& toks = sc->tokens;
  size_t k = 0;  // the first match not before token i
  for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
    while (k < sc->matches.size() && sc->matches[k].end <= i) ++k;
    if (k < sc->matches.size() && sc->matches[k].first <= i) continue;
    const Token& t = toks[i];
    if (!t.is(kWord) || !t.is(kCapitalized) || t.is(kAllCaps) ||
        !toks[i - 1].is(kCapitalized) || !OfficeTitles().contains(toks[i - 1].hash) ||
        (i + 1 < s.end_token && toks[i + 1].is(kCapitalized) && toks[i + 1].is(kWord)) ||
        sc->discourse.BySurname(t.text) != nullptr) {
      continue;
    }
    const std::string_view sector =
        IsWord(toks[i - 1], "commander") || IsWord(toks[i - 1], "chief") ? "MIL"
        : IsWord(toks[i - 1], "speaker")                                 ? "LEG"
                                                                         : "";
    if (const ActorEntry* person = actors_->OfficeHolder(t.text, date, sector)) {
      sc->matches.insert(sc->matches.begin() + static_cast<long>(k), ActorMatch{i, i + 1, person});
    }
  }
}

// "Argentina host Curaçao after beating Panama 2-0": a score (two one-digit numbers joined
// by a dash, "2-0" or "2 - 0") and a verb of winning or losing in the same sentence are a
// match result. (A vote is no score: "won 52-48" has two digits, and a court's "ruled 6-3"
// no such verb.)
static bool SportsResult(const std::vector<Token>& toks, uint32_t first, uint32_t end) {
  static const WordSet verbs(std::array{
      "beat", "beats", "beating", "defeat", "defeats", "defeated", "defeating", "draw", "draws",
      "drew", "won", "win", "wins", "lost", "lose", "loses", "thrash", "thrashed", "thrashes",
      "edged", "routed", "victory"});
  auto small = [](std::string_view w) {
    return w.size() == 1 &&
           w.find_first_not_of("0123456789") == std::string_view::npos;
  };
  bool score = false, verb = false;
  for (uint32_t i = first; i < end && !(score && verb); ++i) {
    std::string_view w = toks[i].text;
    verb |= verbs.contains(toks[i].hash);
    if (size_t dash = w.find('-'); dash != std::string_view::npos && toks[i].is(kNumber)) {
      score |= small(w.substr(0, dash)) && small(w.substr(dash + 1));
    } else if (i + 2 < end && small(w) && toks[i + 1].text == "-" && small(toks[i + 2].text)) {
      score = true;  // an en dash is normalised to " - "
    }
  }
  return score && verb;
}

// "demanding that Maduro leave office", "urged that the talks resume": a verb in the base
// form after "that" and a verb of demanding is the act asked for, not one done. ("insisted
// that Russia had violated it" is a claim: its verb is finite.)
bool CoderImpl::Demanded(const SentenceSpan& s, uint32_t anchor, const Scratch& sc) const {
  static const WordSet demands(std::array{
      "demand", "demands", "demanded", "demanding", "insist", "insists", "insisted",
      "insisting", "urge", "urges", "urged", "urging", "request", "requests", "requested",
      "requesting", "ask", "asks", "asked", "asking", "propose", "proposes", "proposed",
      "proposing", "recommend", "recommends", "recommended", "recommending"});
  const auto& toks = sc.tokens;
  const uint32_t first = s.first_token;
  const uint8_t tag = sc.tags[anchor - first];
  if (tag != vb_ && tag != vbp_) return false;
  for (uint32_t j = anchor; j-- > first + 1 && anchor - j < 10;) {
    if (IsHardBoundary(toks[j]) || toks[j].text == "," || sc.tags[j - first] == md_) break;
    if (IsWord(toks[j], "that")) return demands.contains(toks[j - 1].hash);
    if (j < anchor - 1 && tagger_->IsVerb(sc.tags[j - first])) break;
  }
  return false;
}

// "The U.S.-led coalition carries out airstrikes", "US-led forces": a force led by a country
// is that country's. The country's match takes in "-led" and the force's noun. So is a
// sector based in a country ("Pakistan-based militants"): its "-based" word is the country.
void CoderImpl::AddLedForces(const SentenceSpan& s, Scratch* sc) const {
  static const WordSet forces(std::array{"coalition", "coalitions", "forces", "force",
                                         "alliance", "troops", "mission", "operation",
                                         "intervention"});
  const auto& toks = sc->tokens;
  for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
    const Token& t = toks[i];
    // "Pakistan-based militants": a sector word after a country's "-based" is that
    // country's.
    // "the Hamas-run health ministry", "Houthi-controlled media": so is one run by a group.
    const size_t suffix = t.text.ends_with("-based")         ? 6
                          : t.text.ends_with("-run")         ? 4
                          : t.text.ends_with("-controlled")  ? 11
                                                             : 0;
    if (suffix > 0 && t.text.size() > suffix) {
      bool sector = false;
      for (const ActorMatch& m : sc->matches) {
        sector |= m.first == i + 1 && m.entry->kind == ActorKind::kSector;
      }
      if (!sector) continue;
      for (const ActorEntry* e : actors_->Lookup(t.text.substr(0, t.text.size() - suffix))) {
        if (e->kind != ActorKind::kCountry && (suffix == 6 || e->kind != ActorKind::kGroup)) {
          continue;
        }
        auto at = std::find_if(sc->matches.begin(), sc->matches.end(),
                               [&](const ActorMatch& m) { return m.first > i; });
        sc->matches.insert(at, ActorMatch{i, i + 1, e});
        break;
      }
      continue;
    }
    if (!forces.contains(toks[i + 1].hash)) continue;
    if (IsWord(t, "led") && i >= s.first_token + 2 && toks[i - 1].text == "-") {
      // "U.S." "-" "led": the country matched just before.
      for (ActorMatch& m : sc->matches) {
        if (m.end == i - 1 && (m.entry->kind == ActorKind::kCountry ||
                               m.entry->kind == ActorKind::kAdjective)) {
          m.end = i + 2;
        }
      }
    } else if (t.text.size() > 4 && t.text.ends_with("-led")) {
      // "US-led": one token, its country looked up.
      bool matched = false;
      for (const ActorMatch& m : sc->matches) matched |= m.first <= i && i < m.end;
      if (matched) continue;
      for (const ActorEntry* e : actors_->Lookup(t.text.substr(0, t.text.size() - 4))) {
        if (e->kind != ActorKind::kCountry && e->kind != ActorKind::kAdjective) continue;
        auto at = std::find_if(sc->matches.begin(), sc->matches.end(),
                               [&](const ActorMatch& m) { return m.first > i; });
        sc->matches.insert(at, ActorMatch{i, i + 2, e});
        break;
      }
    }
  }
}

void CoderImpl::BuildMentions(const Date& date, const SentenceSpan& s, Scratch* sc) const {
  sc->mentions.clear();
  const auto& toks = sc->tokens;
  for (size_t k = 0; k < sc->matches.size(); ++k) {
    const ActorMatch& m = sc->matches[k];
    const ActorEntry& e = *m.entry;
    if (e.kind == ActorKind::kPlace) continue;  // matched only to hide the country inside
    // "Central American Parliament", "Latin American leaders": a demonym inside a longer
    // proper name is not the country.
    if (e.kind == ActorKind::kAdjective && m.first > s.first_token) {
      const Token& prev = toks[m.first - 1];
      bool after_match = k > 0 && sc->matches[k - 1].end == m.first;
      bool function_word = Determiners().contains(prev.hash);
      if (prev.is(kWord) && prev.is(kCapitalized) && !prev.is(kAllCaps) && !after_match &&
          !function_word && prev.newlines_before == 0 && m.first - 1 != s.first_token) {
        continue;
      }
    }
    // "killed Bilal al-Sudani": a family name alone, after a given name the dictionary does
    // not know, is someone else's.
    if (e.kind == ActorKind::kPerson && m.end == m.first + 1 && m.first > s.first_token + 1) {
      const Token& prev = toks[m.first - 1];
      bool after_match = k > 0 && sc->matches[k - 1].end == m.first;
      if (prev.is(kWord) && prev.is(kCapitalized) && !prev.is(kAllCaps) && !after_match &&
          !prev.is(kAbbrev) && !Determiners().contains(prev.hash) &&
          !Honorifics().contains(prev.hash) && !OfficeTitles().contains(prev.hash) &&
          !NobleTitles().contains(prev.hash)) {
        continue;
      }
    }
    Mention cur = MakeMention(m, date, sc->tracing);
    // "The Nicaraguan Center for Human Rights says": a body the dictionary lacks, named by
    // a demonym, capitalised words and the head noun of a civic body, is of that country.
    if (e.kind == ActorKind::kAdjective) {
      static const WordSet bodies(std::array{
          "center", "centre", "committee", "observatory", "association", "foundation",
          "institute", "society", "network", "forum", "league", "federation", "union"});
      uint32_t j = m.end, head = 0;
      for (; j < s.end_token && j < m.end + 8; ++j) {
        const Token& w = toks[j];
        bool joint = IsWord(w, "for") || IsWord(w, "of") || IsWord(w, "and");
        if (!(w.is(kWord) && (w.is(kCapitalized) || (joint && head > 0)))) break;
        if (bodies.contains(w.hash) && w.is(kCapitalized)) head = j;
      }
      while (j > m.end && !toks[j - 1].is(kCapitalized)) --j;  // no trailing "for"
      bool matched_inside = k + 1 < sc->matches.size() && sc->matches[k + 1].first < j;
      if (head > 0 && !matched_inside) {
        bool rights = false;
        for (uint32_t r = head; r + 1 < j; ++r) {
          rights |= IsWord(toks[r], "human") && IsWord(toks[r + 1], "rights");
        }
        cur.end = j;
        cur.sector = rights ? "HRI" : "NGO";
        cur.code = cur.country + cur.sector;
        cur.demonym = false;
        cur.name = std::string(toks[m.first].text.data(),
                               toks[j - 1].text.data() + toks[j - 1].text.size() -
                                   toks[m.first].text.data());
      }
    }
    // Merge with the previous mention when adjacent ("Russian" "foreign ministry"), allowing
    // a possessive or up to two capitalised title words between them.
    if (!sc->mentions.empty()) {
      Mention& prev = sc->mentions.back();
      uint32_t gap = prev.end;
      bool organ = e.kind == ActorKind::kSector &&
                   (e.sector == "GOV" || e.sector == "MIL" || e.sector == "LEG");
      if (gap < m.first && toks[gap].text == "'s") {
        ++gap;
        // "Yemen's internationally recognised government", "Libya's interim government":
        // words that qualify a state's organ.
        static const WordSet qualifiers(std::array{"interim", "transitional", "new", "elected",
                                                   "legitimate", "de", "facto", "own",
                                                   "national", "current", "caretaker",
                                                   "rival", "ruling", "outgoing", "incoming",
                                                   "provisional", "unity", "federal"});
        while (organ && gap < m.first && gap < prev.end + 4 && toks[gap].is(kWord) &&
               !toks[gap].is(kCapitalized) &&
               (toks[gap].text.ends_with("ly") || toks[gap].text.ends_with("ised") ||
                toks[gap].text.ends_with("ized") || toks[gap].text.ends_with("-based") ||
                qualifiers.contains(toks[gap].hash) ||
                RegionAdjectives().contains(toks[gap].hash))) {
          ++gap;
        }
      }
      // "Seoul's unification ministry": a ministry's own noun before it.
      if (organ && e.sector == "GOV" && gap + 1 == m.first && gap > prev.end &&
          toks[gap].is(kWord) && !toks[gap].is(kCapitalized) &&
          tagger_->Name(sc->tags[gap - s.first_token]) == "NN" &&
          (IsWord(toks[m.first], "ministry") || IsWord(toks[m.first], "minister"))) {
        ++gap;
      }
      // "Russia's deputy defence minister", "the Iranian first vice president": a rank in
      // lower case before an office.
      static const WordSet ranks(std::array{"deputy", "vice", "first", "assistant", "acting",
                                            "chief", "senior", "top", "junior", "principal",
                                            "special"});
      while (organ && gap < m.first && gap < prev.end + 4 && toks[gap].is(kWord) &&
             !toks[gap].is(kCapitalized) && ranks.contains(toks[gap].hash)) {
        ++gap;
      }
      uint32_t titles = 0;
      while (gap < m.first && titles < 4 && toks[gap].is(kCapitalized) && toks[gap].is(kWord)) {
        ++gap, ++titles;
      }
      // "Minister of National Defense Lee Jong-sup": the office's portfolio before the name.
      if (e.kind == ActorKind::kPerson && gap < m.first && gap > prev.first &&
          (IsWord(toks[gap], "of") || IsWord(toks[gap], "for")) &&
          (IsWord(toks[gap - 1], "minister") || IsWord(toks[gap - 1], "secretary"))) {
        uint32_t k = gap + 1;
        if (k < m.first && IsWord(toks[k], "the")) ++k;
        uint32_t words = 0;
        while (k < m.first && words < 5 && toks[k].is(kWord) &&
               (toks[k].is(kCapitalized) || IsWord(toks[k], "and"))) {
          ++k, ++words;
        }
        if (k == m.first && words > 0) gap = k;
      }
      // Up to two title words between any two parts, four ("Press Secretary Brig. Gen.")
      // between a title and a person of the same country.
      bool adjacent = gap == m.first && titles <= 2;
      bool long_title = gap == m.first && e.kind == ActorKind::kPerson && !prev.person &&
                        TitleFits(prev, cur);
      // ("Envoy for Yemen Hans Grundberg": a place a title serves is not the name's.)
      uint32_t lead = prev.first;
      if (lead > s.first_token + 1 && IsWord(toks[lead - 1], "the")) --lead;  // "to the UN"
      bool served = lead > s.first_token &&
                    (IsWord(toks[lead - 1], "for") || IsWord(toks[lead - 1], "to"));
      bool prev_is_place = !prev.country.empty() && prev.org.empty() && !prev.person;
      bool prev_is_sector = !prev.actor;
      if (adjacent && e.kind == ActorKind::kSector && prev.actor && prev_is_place &&
          prev.sector.empty()) {  // "Russian foreign ministry", "U.S. Special Envoy"
        prev.end = m.end;
        prev.sector = e.sector;
        prev.code = prev.country + e.sector;
        continue;
      }
      // "Russian Foreign Minister Sergey Lavrov", "UN Secretary-General António Guterres":
      // the title and the name are one mention, and the person's role decides the code.
      if ((adjacent && e.kind == ActorKind::kPerson &&
           ((prev_is_place && !served) || prev_is_sector ||
            (!prev.person && TitleFits(prev, cur)))) ||
          long_title) {
        // The title words, for a later bare "the Prime Minister".
        uint32_t title_first = prev.first, title_end = m.first;
        // "Russian Foreign Minister": the country's word is not part of the title.
        if (!prev_is_sector && prev.end > prev.first + 1) ++title_first;
        cur.title = TitleHash(toks, title_first, title_end);
        if (title_first < title_end) {
          cur.title_first = toks[title_first].hash;
          cur.title_last = toks[title_end - 1].hash;
        }
        cur.first = prev.first;
        prev = std::move(cur);
        continue;
      }
      // "Council President Barbara Woodward": a person under an organisation's title that
      // is not their own role acts in that office, so the title's code wins. (Not a posting:
      // "US Ambassador to the UN Nikki Haley".)
      if (adjacent && e.kind == ActorKind::kPerson && !prev.person && prev.actor &&
          !prev.org.empty() && titles == 0 && !served) {
        prev.end = m.end;
        prev.name = cur.name;
        prev.person = true;
        prev.role = "acting as " + prev.code + " under the title before the name";
        continue;
      }
      // "State Department spokesperson": a title word after an actor that already has its
      // sector belongs to it.
      // ("Seoul's Unification Ministry": a capital's named ministry.)
      // ("The government's chief negotiator": a lone sector word's too.)
      bool owned = prev.end < m.first && toks[prev.end].text == "'s";
      if (adjacent && e.kind == ActorKind::kSector && (prev.actor || owned) && !prev.person &&
          !prev.sector.empty() && (titles == 0 || (owned && e.sector == "GOV"))) {
        prev.end = m.end;
        continue;
      }
      if (adjacent && e.kind == ActorKind::kSector && prev.actor && !prev.org.empty() &&
          titles == 0) {
        prev.end = m.end;  // "U.N. agencies", "NATO troops": the organisation acts
        continue;
      }
      // "Maduro's regime", "Putin's army": the institution of the person's country.
      if (e.kind == ActorKind::kSector && prev.person && !prev.country.empty() &&
          prev.end + 1 == m.first && toks[prev.end].text == "'s") {
        prev.end = m.end;
        prev.person = false;
        prev.sector = e.sector;
        prev.code = prev.country + e.sector;
        prev.name = actors_->CountryName(prev.country);
        continue;
      }
    }
    sc->mentions.push_back(std::move(cur));
  }
  // "Kabila's diplomatic adviser", "Tshisekedi's camp": those who speak for a person speak
  // with the person's code, as one who is not the person.
  static const WordSet entourage(std::array{"camp", "aide", "aides", "adviser", "advisers",
                                            "advisor", "advisors", "spokesman", "spokeswoman",
                                            "spokesperson", "office", "team", "envoy"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& p = sc->mentions[k];
    uint32_t j = p.end + 1;
    if (!p.person || p.end >= s.end_token || toks[p.end].text != "'s") continue;
    if (j + 1 < s.end_token && toks[j].is(kWord) && !toks[j].is(kCapitalized) &&
        !entourage.contains(toks[j].hash) && entourage.contains(toks[j + 1].hash)) {
      ++j;  // "'s diplomatic adviser"
    }
    if (j >= s.end_token || !entourage.contains(toks[j].hash) ||
        (k + 1 < sc->mentions.size() && sc->mentions[k + 1].first <= j)) {
      continue;
    }
    p.end = j + 1;
    p.person = false;
  }
  // "Houthi supporters", "Trump loyalists": the followers of a party or a person are their
  // country's people.
  static const WordSet followers(std::array{"supporters", "loyalists", "followers",
                                            "sympathisers", "sympathizers", "partisans"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    // (Merged already with the followers' word: "Houthi supporters" as one mention.)
    bool merged = m.actor && !m.country.empty() && m.org.empty() && m.end > m.first + 1 &&
                  followers.contains(toks[m.end - 1].hash);
    if (!merged &&
        (!m.actor || m.country.empty() || !m.org.empty() || m.end >= s.end_token ||
         !followers.contains(toks[m.end].hash) ||
         (k + 1 < sc->mentions.size() && sc->mentions[k + 1].first <= m.end))) {
      continue;
    }
    if (!merged) m.end += 1;
    m.person = false;
    m.demonym = false;
    m.sector = "CVL";
    m.code = m.country + "CVL";
    m.name = actors_->CountryName(m.country);
  }
  // "The U.N. Assistance Mission in Afghanistan", "the UN mission": an organisation's body,
  // named by capitalised words or a mission's noun after it, acts as the organisation.
  static const WordSet missions(std::array{"mission", "missions", "monitors", "observers",
                                           "observer", "operation", "office"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& org = sc->mentions[k];
    if (!org.actor || org.org.empty() || org.person || !org.sector.empty()) continue;
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    uint32_t j = org.end;
    while (j < limit && j < org.end + 4 && toks[j].is(kWord) && toks[j].is(kCapitalized) &&
           !toks[j].is(kAllCaps) && !DocumentNouns().contains(toks[j].hash) &&
           tagger_->IsNoun(sc->tags[j - s.first_token])) {
      ++j;
    }
    if (j < limit && toks[j].is(kWord) && missions.contains(toks[j].hash)) ++j;
    if (j > org.end && missions.contains(toks[j - 1].hash)) org.end = j;
  }
  // "the opposition Labour Party", "the opposition BNP", "India's opposition Congress
  // party", "Opposition leader Sajith Premadasa": a party or a person the dictionary lacks,
  // named right after the opposition's word, is the opposition.
  static const WordSet party_nouns(std::array{"party", "parties", "alliance", "coalition",
                                              "bloc", "movement", "front"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& opp = sc->mentions[k];
    if (opp.sector != "OPP" || opp.person) continue;
    // ("The opposition Maldivian Democratic Party": the party's demonym gives its country.)
    if (k + 1 < sc->mentions.size() && !opp.actor && sc->mentions[k + 1].first == opp.end &&
        sc->mentions[k + 1].demonym && sc->mentions[k + 1].sector.empty() &&
        sc->mentions[k + 1].end < s.end_token && toks[sc->mentions[k + 1].end].is(kCapitalized)) {
      const Mention& party = sc->mentions[k + 1];
      opp.country = party.country;
      opp.code = party.country + "OPP";
      opp.name = actors_->CountryName(party.country);
      opp.actor = true;
      opp.end = party.end;
      sc->mentions.erase(sc->mentions.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    uint32_t j = opp.end;
    while (j < limit && j < opp.end + 5 && toks[j].is(kWord) && toks[j].is(kCapitalized) &&
           !Weekdays().contains(toks[j].hash) && !Months().contains(toks[j].hash)) {
      ++j;
    }
    if (j < limit && toks[j].is(kWord) && !toks[j].is(kCapitalized) &&
        party_nouns.contains(toks[j].hash) &&
        (j > opp.end || IsWord(toks[opp.end - 1], "opposition"))) {
      ++j;
    }
    opp.end = j;
  }
  // "Minister for Foreign Affairs", "Japan's Vice-Minister for Foreign Affairs", "the
  // Minister for Europe and North America": a minister's portfolio is part of the title.
  static const WordSet portfolio_heads(std::array{"minister", "vice-minister", "secretary",
                                                  "ministers", "vice-ministers"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    uint32_t j = m.end;
    if (m.sector != "GOV" || m.person || !portfolio_heads.contains(toks[j - 1].hash) ||
        j + 1 >= s.end_token || !IsWord(toks[j], "for")) {
      continue;
    }
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    uint32_t k2 = j + 1;
    if (k2 < limit && IsWord(toks[k2], "the")) ++k2;
    uint32_t last = 0;
    while (k2 < limit && k2 < j + 8 && toks[k2].is(kWord) &&
           (toks[k2].is(kCapitalized) || IsWord(toks[k2], "and") || IsWord(toks[k2], "of"))) {
      if (toks[k2].is(kCapitalized)) last = k2 + 1;
      ++k2;
    }
    if (last > j + 1) m.end = last;
  }
  // "Thousands of people", "hundreds of protesters": one crowd, of the second word's kind.
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    Mention& count = sc->mentions[k];
    Mention& crowd = sc->mentions[k + 1];
    if (count.actor || crowd.actor || count.sector != "CVL" || crowd.sector.empty() ||
        crowd.sector == "-" || count.end + 1 != crowd.first || !IsWord(toks[count.end], "of") ||
        !(IsWord(toks[count.first], "thousands") || IsWord(toks[count.first], "hundreds"))) {
      continue;
    }
    count.end = crowd.end;
    count.sector = crowd.sector;
    count.code = crowd.code;
    crowd.sector = "-";  // absorbed
  }
  // "the government of Ethiopia", "the people of Yemen", "the Prime Minister of Israel": a
  // sector word, "of", then a country, is that country's sector.
  // "civilians in Sudan", "police in the Netherlands", "officials in Kyiv": the people, the
  // police or the institutions of the country they are in.
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    Mention& sector = sc->mentions[k];
    const Mention& place = sc->mentions[k + 1];
    bool people = sector.sector == "CVL" || sector.sector == "COP" || sector.sector == "OPP" ||
                  (sector.end > sector.first &&
                   PlacedInstitutions().contains(toks[sector.end - 1].hash));
    if (sector.actor || !people || place.person || !place.org.empty() || place.country.empty() ||
        !(place.sector.empty() || place.capital)) {  // "police in Nairobi"
      continue;
    }
    uint32_t j = sector.end;
    if (j < place.first && IsWord(toks[j], "in")) ++j;
    else continue;
    if (j < place.first && IsWord(toks[j], "the")) ++j;
    while (j < place.first && RegionAdjectives().contains(toks[j].hash)) ++j;
    if (j != place.first) continue;
    sector.code = place.country + sector.sector;
    sector.country = place.country;
    sector.name = place.name;
    sector.entry = place.entry;
    sector.end = place.end;
    sector.actor = true;
    sc->mentions[k + 1].actor = false;
    sc->mentions[k + 1].sector = "-";  // absorbed
  }
  // "The Government and people of Uganda" is the country itself; "President Macron of
  // France" is the person; "forces of the internationally recognised Libyan government"
  // are that country's forces.
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    Mention& sector = sc->mentions[k];
    Mention& place = sc->mentions[k + 1];
    bool forces = sector.sector == "MIL" || sector.sector == "COP" || sector.sector == "REB";
    bool compound = forces && !sector.actor && !place.sector.empty() && place.actor &&
                    !place.person && place.org.empty() && !place.country.empty();
    // "Prime Minister of Iraq Mohammed Shia' Al-Sudani": the title, "of", and a person
    // merged with their country's name are the person.
    if (!sector.actor && sector.sector == "GOV" && place.person && !place.country.empty() &&
        sector.end + 1 == place.first && IsWord(toks[sector.end], "of")) {
      place.first = sector.first;
      sector.sector = "-";  // absorbed
      continue;
    }
    if (!compound && ((sector.actor && !sector.person) || place.person || !place.org.empty() ||
                      place.country.empty() || !place.sector.empty())) {
      continue;
    }
    uint32_t j = sector.end;
    // "Troops from Chad attacked", "Officials from Russia and Ukraine met": a subject's
    // "from" is its "of". (Not "Russia pulled troops from Syria": a place left.)
    const uint32_t before = sector.first > s.first_token ? sector.first - 1 : sector.first;
    const bool from = !sector.person && IsWord(toks[j], "from") &&
                      (before == sector.first || IsWord(toks[before], "the") ||
                       toks[before].text == "," || IsWord(toks[before], "and") ||
                       IsWord(toks[before], "while") || IsWord(toks[before], "but"));
    if (j < place.first && (IsWord(toks[j], "of") || from)) ++j;
    else continue;
    if (j < place.first && IsWord(toks[j], "the")) ++j;
    if (compound) {
      while (j < place.first && j < sector.end + 5 && toks[j].is(kWord) &&
             !toks[j].is(kCapitalized)) {
        ++j;  // "internationally recognised"
      }
      if (j != place.first) continue;
      place.first = sector.first;
      // ("Fighters of the Islamic State" are the group's, as the group is coded.)
      if (place.sector != "REB" && place.sector != "UAF" && place.sector != "CRM") {
        place.sector = sector.sector;
        place.code = place.country + place.sector;
      }
      sector.sector = "-";  // absorbed
      continue;
    }
    while (j < place.first && RegionAdjectives().contains(toks[j].hash)) ++j;  // "of northern"
    if (j + 2 <= place.first && StateWords().contains(toks[j].hash) &&
        IsWord(toks[place.first - 1], "of") && j + 2 == place.first) {
      j += 2;  // "the Government of the Republic of Niger"
    }
    if (j != place.first) continue;
    if (sector.person) {
      if (sector.country == place.country) {
        sector.end = place.end;
        place.actor = false;
        place.sector = "-";  // absorbed
      }
      continue;
    }
    if (k > 0 && !sc->mentions[k - 1].actor && sc->mentions[k - 1].end + 1 == sector.first &&
        IsWord(toks[sector.first - 1], "and")) {
      Mention& other = sc->mentions[k - 1];  // "the Government and people of"
      other.sector = "-";
      sector.first = other.first;
      sector.code = place.country;
      sector.sector.clear();
    } else {
      sector.code = place.country + sector.sector;
    }
    sector.country = place.country;
    sector.name = place.name;
    sector.entry = place.entry;
    sector.end = place.end;
    sector.actor = true;
    place.actor = false;  // absorbed
    place.sector = "-";
  }
  // "Prime Minister Irakli Kobakhidze of Georgia": an office, a name the dictionary lacks
  // and "of COUNTRY" are that country's official, known afterwards by the surname. (With
  // the country before the office, "Philippine Defense Secretary Gilberto Teodoro", the
  // name is absorbed below.)
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    Mention& title = sc->mentions[k];
    Mention& place = sc->mentions[k + 1];
    if (title.actor || title.person || title.sector != "GOV" ||
        !OfficeTitles().contains(toks[title.end - 1].hash)) {
      continue;
    }
    uint32_t end = title.end;
    while (end < place.first && end < title.end + 4 && toks[end].is(kWord) &&
           toks[end].is(kCapitalized)) {
      ++end;
    }
    uint32_t at = end + 1;
    if (at < place.first && IsWord(toks[at], "the")) ++at;
    if (end == title.end || end >= s.end_token || !IsWord(toks[end], "of") ||
        place.first != at || place.person || !place.org.empty() || place.country.empty() ||
        !place.sector.empty()) {
      continue;
    }
    title.name = std::string(toks[title.end].text.data(), toks[end - 1].text.data() +
                                                              toks[end - 1].text.size() -
                                                              toks[title.end].text.data());
    title.country = place.country;
    title.code = place.country + title.sector;
    title.entry = place.entry;
    title.actor = true;
    title.person = true;
    title.end = place.end;
    place.actor = false;
    place.sector = "-";  // absorbed
  }
  // "Bree Prime Minister Romendacil" with a dictionary that codes the man by his country
  // alone: the office right before his name is his.
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    const Mention& title = sc->mentions[k];
    Mention& name = sc->mentions[k + 1];
    if (title.actor && !title.person && !title.sector.empty() && title.org.empty() &&
        title.end == name.first && name.actor && name.sector.empty() && name.org.empty() &&
        name.country == title.country && toks[name.first].is(kCapitalized) &&
        OfficeTitles().contains(toks[title.end - 1].hash)) {
      name.sector = title.sector;
      name.code = name.country + name.sector;
      name.person = true;
    }
  }
  // "A spokesman for the German government": a spokesperson speaks for the actor named.
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    Mention& title = sc->mentions[k];
    Mention& body = sc->mentions[k + 1];
    uint32_t at = title.end + 1;
    if (at < s.end_token && IsWord(toks[at], "the")) ++at;
    if (title.actor || title.sector != "GOV" || title.end + 1 >= s.end_token ||
        !(IsWord(toks[title.end - 1], "spokesman") || IsWord(toks[title.end - 1], "spokeswoman") ||
          IsWord(toks[title.end - 1], "spokesperson")) ||
        !IsWord(toks[title.end], "for") || body.first != at || !body.actor || body.person) {
      continue;
    }
    body.first = title.first;
    title.sector = "-";  // absorbed
  }
  // "the Central Election Commission (CEC) of Russia", "the National Electoral Council of
  // Venezuela": a capitalised institution's name before "of COUNTRY" is that country's
  // government (or its legislature, courts, police or army, by the institution's noun).
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& place = sc->mentions[k];
    if (!place.actor || place.person || !place.org.empty() || !place.sector.empty() ||
        place.country.empty() || place.first < s.first_token + 2) {
      continue;
    }
    int64_t j = int64_t{place.first} - 1;
    if (IsWord(toks[j], "the")) --j;
    if (j <= int64_t{s.first_token} || !IsWord(toks[j], "of")) continue;
    int64_t start = j;
    std::string_view sector;
    uint32_t prev_end = k > 0 ? sc->mentions[k - 1].end : s.first_token;
    for (int64_t i = j - 1; i >= int64_t{prev_end} && i >= j - 9; --i) {
      const Token& t = toks[i];
      bool abbreviation = t.text == "(" || t.text == ")" || t.is(kAllCaps);
      if ((!(t.is(kWord) && t.is(kCapitalized)) && !abbreviation) ||
          Determiners().contains(t.hash)) {
        break;
      }
      if (std::string_view inst = InstitutionSector(t); !inst.empty() && sector.empty()) {
        sector = inst;
      }
      if (t.is(kCapitalized) && t.text != "(" && t.text != ")") start = i;
    }
    if (sector.empty() || start == j) continue;
    place.first = static_cast<uint32_t>(start);
    place.sector = std::string(sector);
    place.code = place.country + place.sector;
  }
  // "North Korea's National Defence Commission", "Iran's Supreme National Security Council":
  // the same, named with the country's possessive; the institution's noun ends the name.
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& owner = sc->mentions[k];
    if (!owner.actor || owner.person || !owner.org.empty() || !owner.sector.empty() ||
        owner.country.empty() || owner.end + 2 >= s.end_token || toks[owner.end].text != "'s") {
      continue;
    }
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    uint32_t end = 0;
    std::string_view sector;
    // ("Myanmar's military-appointed Union Election Commission": past a hyphened qualifier.)
    uint32_t name = owner.end + 1;
    if (name + 1 < limit && toks[name].is(kWord) && !toks[name].is(kCapitalized) &&
        toks[name].text.find('-') != std::string_view::npos) {
      ++name;
    }
    // ("Iran's ports authority", "Ukraine's state emergency service": in lower case, the
    // words up to the first institution's noun; not a function word nor a verb's form, as
    // the sentence is not tagged yet.)
    const bool lower = name < limit && !toks[name].is(kCapitalized);
    for (uint32_t i = name; i < limit && i < name + (lower ? 4 : 6); ++i) {
      if (!toks[i].is(kWord) || toks[i].is(kCapitalized) == lower) break;
      if (lower && (Determiners().contains(toks[i].hash) || Prepositions().contains(toks[i].hash) ||
                    IsWord(toks[i], "and") || IsWord(toks[i], "or") ||
                    toks[i].text.ends_with("ing") || toks[i].text.ends_with("ed"))) {
        break;
      }
      if (std::string_view inst = InstitutionSector(toks[i]); !inst.empty()) {
        sector = inst;
        end = i + 1;
        if (lower) break;
      }
    }
    if (end == 0) continue;
    owner.end = end;
    owner.sector = std::string(sector);
    owner.code = owner.country + owner.sector;
  }
  // "The UN's human rights chief", "NATO's secretary general", "the Council of Europe's
  // human rights commissioner": an organisation's official, in lower case, speaks for it.
  static const WordSet officials(std::array{
      "chief", "head", "commissioner", "chairperson", "chairman", "chairwoman", "spokesman",
      "spokeswoman", "spokesperson", "envoy", "representative", "secretary-general",
      "director-general", "president", "general", "office", "rapporteur", "coordinator"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& owner = sc->mentions[k];
    if (!owner.actor || owner.person || owner.org.empty() || owner.end + 2 >= s.end_token ||
        toks[owner.end].text != "'s") {
      continue;
    }
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    for (uint32_t i = owner.end + 1; i < limit && i < owner.end + 6; ++i) {
      if (!toks[i].is(kWord) || toks[i].is(kCapitalized)) break;
      if (officials.contains(toks[i].hash) &&
          !(i + 1 < limit && toks[i + 1].is(kWord) && officials.contains(toks[i + 1].hash))) {
        owner.end = i + 1;
        break;
      }
    }
  }
  // "Fiji's military commander ... dismisses Prime Minister Laisenia Qarase": an office with
  // no country, then a name the dictionary lacks, is the official of the one country the
  // sentence has named before it (else of the one the last sentences named), known
  // afterwards by the surname.
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& title = sc->mentions[k];
    // ("former finance minister Antonio Palocci": in lower case too.)
    if (title.actor || title.person || title.sector != "GOV" || !title.country.empty() ||
        !OfficeTitles().contains(toks[title.end - 1].hash) ||
        (title.first > s.first_token && (IsWord(toks[title.first - 1], "of") ||
                                         IsWord(toks[title.first - 1], "for")))) {
      continue;
    }
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    uint32_t end = title.end;
    // (Not a headline's verb: "Venezuelan Foreign Minister Rejects Pressure".)
    while (end < limit && end < title.end + 4 && toks[end].is(kCapitalized) &&
           NameWord(toks, end, limit) && !events_->IsAnchorSurface(toks[end].hash)) {
      ++end;
    }
    if (end < title.end + 2 || (end < s.end_token && IsWord(toks[end], "of"))) continue;
    std::string country;
    bool several = false;
    for (size_t b = 0; b < k; ++b) {
      const Mention& m = sc->mentions[b];
      // (Not a speaker's "me": "thanking Foreign Minister César Landa".)
      if (!m.actor || !m.org.empty() || m.country.empty() || m.via == "author") continue;
      several |= !country.empty() && country != m.country;
      country = m.country;
    }
    if (several) continue;
    // In lower case, only of a country this sentence names, and with no qualifier of its
    // own ("former Catalan president Carles Puigdemont" is no one's known official).
    const bool lower = !toks[title.end - 1].is(kCapitalized);
    uint32_t before = title.first;
    if (before > s.first_token && IsWord(toks[before - 1], "former")) --before;
    // ("Government spokesman Nick Mangwana": the government's own, of where the text is.)
    const bool government = IsWord(toks[title.first], "government");
    if (lower && ((country.empty() && !government) ||
                  (before > s.first_token && toks[before - 1].is(kCapitalized) &&
                   toks[before - 1].is(kWord)))) {
      continue;
    }
    // ("thanking Foreign Minister César Landa and the people of Peru": an object's country
    // is the one the rest of the sentence names; a subject's is not its object's.)
    const bool object = title.first > s.first_token && !sc->tags.empty() &&
                        tagger_->IsVerb(sc->tags[title.first - 1 - s.first_token]);
    for (size_t b = k + 1; object && country.empty() && !several && b < sc->mentions.size();
         ++b) {
      const Mention& m = sc->mentions[b];
      if (!m.actor || !m.org.empty() || m.country.empty() || m.via == "author") continue;
      std::string only = m.country;
      for (size_t c = b + 1; c < sc->mentions.size(); ++c) {
        const Mention& o = sc->mentions[c];
        if (o.actor && o.org.empty() && !o.country.empty() && o.country != only) only.clear();
      }
      country = only;
      break;
    }
    if (country.empty()) country = sc->discourse.LastCountry();
    // ("Protests continued in Harare. Government spokesman Nick Mangwana ...": where the
    // text is set.)
    if (country.empty()) country = sc->discourse.Scene();
    if (country.empty()) continue;
    title.name = std::string(toks[title.end].text.data(), toks[end - 1].text.data() +
                                                              toks[end - 1].text.size() -
                                                              toks[title.end].text.data());
    title.country = country;
    // A former official is one of the country's elite, no longer its government.
    if (title.first > s.first_token && IsWord(toks[title.first - 1], "former")) {
      title.sector = "ELI";
    }
    title.code = country + title.sector;
    title.actor = true;
    title.person = true;
    title.end = end;
  }
  std::erase_if(sc->mentions, [](const Mention& m) { return m.sector == "-"; });  // absorbed
  // "Guyanese President Irfaan Ali": a country-and-title mention absorbs the capitalised
  // name that follows it, even when the person is not in the dictionary.
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    // (An organisation's envoy too: "EU ambassador Oliver Nette", "UN Special Envoy for Syria
    // Geir Pedersen".)
    bool envoy = false;
    for (uint32_t j = m.first; j < m.end && !m.org.empty(); ++j) {
      envoy |= OfficeTitles().contains(toks[j].hash);
    }
    if (!m.actor || m.person ||
        (!envoy && m.org.empty() && (m.sector.empty() || m.country.empty()))) {
      continue;
    }
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    // "White House press secretary Jay Carney", "Pentagon chief spokesman X": an office in
    // lower case between the organ and the name.
    // (A lone sector word inside the office, "deputy", is no actor.)
    uint32_t office_end = m.end;
    uint32_t office_limit = limit;
    for (size_t n = k + 1; n < sc->mentions.size() && !sc->mentions[n].actor; ++n) {
      office_limit = n + 1 < sc->mentions.size() ? sc->mentions[n + 1].first : s.end_token;
    }
    // ("Arab League Secretary-General Amr Moussa": an organisation's, in capitals.)
    if (m.sector == "GOV" || m.sector == "MIL" || (!m.org.empty() && !envoy)) {
      for (uint32_t i = m.end; i < office_limit && i < m.end + 3; ++i) {
        const Token& t = toks[i];
        if (!t.is(kWord) || (t.is(kCapitalized) && m.org.empty())) break;
        if ((OfficeTitles().contains(t.hash) || IsWord(t, "adviser") ||
             IsWord(t, "advisor")) &&
            i + 1 < office_limit && toks[i + 1].is(kCapitalized) &&
            NameWord(toks, i + 1, office_limit)) {
          office_end = i + 1;
          limit = office_limit;
          break;
        }
      }
    }
    bool lower_office = office_end > m.end;
    if (!m.org.empty() && !envoy && !lower_office) continue;
    uint32_t name_first = office_end;
    uint32_t j = office_end;
    while (j < limit && j < office_end + 4 && NameWord(toks, j, limit)) ++j;
    // After an office held by one ("Philippine Defense Secretary Gilberto Teodoro"), the
    // name is that person's, known afterwards by the surname ("Secretary Teodoro").
    uint32_t name_end = j;
    if (name_end > name_first + 1 && (IsWord(toks[name_end - 1], "jr") ||
                                      IsWord(toks[name_end - 1], "sr"))) {
      --name_end;
    }
    // ("U.S. Deputy Secretary of State Stephen Biegun": an office and its portfolio.)
    bool portfolio = false;
    for (uint32_t t = m.first; t + 2 < m.end && !portfolio; ++t) {
      portfolio = OfficeTitles().contains(toks[t].hash) &&
                  (IsWord(toks[t + 1], "of") || IsWord(toks[t + 1], "for"));
    }
    if (name_end > name_first && (m.sector == "GOV" || envoy || lower_office) &&
        (envoy || lower_office || portfolio || OfficeTitles().contains(toks[m.end - 1].hash))) {
      m.name = std::string(toks[name_first].text.data(), toks[name_end - 1].text.data() +
                                                             toks[name_end - 1].text.size() -
                                                             toks[name_first].text.data());
      m.person = true;
    }
    m.end = j;
  }
  // "The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, condemned": an office
  // and, set off by commas, a name the dictionary lacks are that person, known afterwards by
  // the surname.
  static const WordSet offices(std::array{"commissioner", "secretary-general", "director",
                                          "director-general", "representative", "rapporteur",
                                          "coordinator", "envoy", "ambassador", "secretary",
                                          "minister", "president", "spokesperson", "spokesman",
                                          "spokeswoman", "chief", "head", "chair", "chairman"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    if (!m.actor || m.person || (m.org.empty() && m.sector != "GOV")) continue;
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    bool office = false;
    for (uint32_t j = m.first; j < m.end; ++j) office |= offices.contains(toks[j].hash);
    // (The office may follow the name of its body: "the UN special rapporteur, ...".)
    uint32_t comma = m.end;
    while (comma < limit && comma < m.end + 3 && toks[comma].is(kWord)) {
      office |= offices.contains(toks[comma++].hash);
    }
    if (!office || comma + 3 >= limit || toks[comma].text != ",") continue;
    uint32_t j = comma + 1;
    while (j < limit && j < comma + 6 && NameWord(toks, j, limit)) ++j;
    if (j < comma + 3 || j >= limit || toks[j].text != ",") continue;
    m.name = std::string(toks[comma + 1].text.data(),
                         toks[j - 1].text.data() + toks[j - 1].text.size() -
                             toks[comma + 1].text.data());
    m.person = true;
    m.end = j;
  }
  // "Muse Bihi Abdi, the leader of Somaliland, signed": a name the dictionary lacks, then
  // its office in commas, is that office's holder.
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    if (!m.actor || m.person || m.first < s.first_token + 4 || !IsWord(toks[m.first - 1], "the") ||
        toks[m.first - 2].text != "," || (m.end < s.end_token && toks[m.end].text != ",")) {
      continue;
    }
    bool office = false;
    for (uint32_t j = m.first; j < m.end; ++j) {
      office |= offices.contains(toks[j].hash) || IsWord(toks[j], "leader");
    }
    uint32_t floor = k > 0 ? sc->mentions[k - 1].end : s.first_token;
    uint32_t name = m.first - 2;
    while (name > floor && name + 4 > m.first - 2 && toks[name - 1].is(kCapitalized) &&
           NameWord(toks, name - 1, m.first)) {
      --name;
    }
    if (!office || name + 2 > m.first - 2 ||
        (name > s.first_token && toks[name - 1].is(kCapitalized) && toks[name - 1].is(kWord))) {
      continue;
    }
    m.name = std::string(toks[name].text.data(), toks[m.first - 3].text.data() +
                                                     toks[m.first - 3].text.size() -
                                                     toks[name].text.data());
    m.person = true;
    m.first = name;
  }
  // A body that rules or commands for a state is the state's part: "the Sudanese military
  // council", "the Malian junta", "the Iranian leadership".
  static const WordSet bodies(std::array{"council", "junta", "leadership", "command", "rulers",
                                         "authorities", "administration", "regime", "cabinet"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    uint32_t limit = k + 1 < sc->mentions.size() ? sc->mentions[k + 1].first : s.end_token;
    if (m.actor && !m.person && !m.sector.empty() && !m.country.empty() && m.end < limit &&
        bodies.contains(toks[m.end].hash)) {
      ++m.end;
    }
    // "the Forces of Freedom and Change alliance", "the Wagner group": a named group's kind
    // after its name is part of the mention.
    static const WordSet kinds(std::array{"alliance", "coalition", "movement", "party", "group",
                                          "militia", "bloc", "organisation", "organization"});
    if (m.actor && !m.person && m.end < limit && kinds.contains(toks[m.end].hash) &&
        (!m.org.empty() || m.entry.find("groups.tsv") != std::string_view::npos)) {
      ++m.end;
    }
    // "the Biden administration", "the Maduro government": a leader's government, whether
    // or not the leader still holds office on the day told.
    static const WordSet governments(std::array{"administration", "government", "regime",
                                                "cabinet"});
    // (The word is a lone sector mention of its own, absorbed here.)
    Mention* word = k + 1 < sc->mentions.size() ? &sc->mentions[k + 1] : nullptr;
    bool lone = word && !word->actor && word->first == m.end && word->end == m.end + 1;
    if (m.actor && m.person && m.country.size() == 3 && (m.end < limit || lone) &&
        m.end < s.end_token && governments.contains(toks[m.end].hash) &&
        m.first > s.first_token && IsWord(toks[m.first - 1], "the")) {
      if (lone) word->sector = "-";
      ++m.end;
      m.person = false;
      m.sector = "GOV";
      m.code = m.country + "GOV";
      m.name = actors_->CountryName(m.country);
      m.role.clear();
    }
  }
  // "the Republic of Rwanda", "the Federal Republic of Somalia": a state's formal style
  // before its name is part of the mention.
  static const WordSet styles(std::array{"republic", "kingdom", "state", "sultanate", "emirate",
                                         "principality", "commonwealth", "federation"});
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    uint32_t floor = k > 0 ? sc->mentions[k - 1].end : s.first_token;
    if (!m.actor || m.person || !m.org.empty() || !m.sector.empty() || m.country.empty() ||
        m.first < floor + 2 || !IsWord(toks[m.first - 1], "of") ||
        !styles.contains(toks[m.first - 2].hash) || !toks[m.first - 2].is(kCapitalized)) {
      continue;
    }
    m.first -= 2;
    while (m.first > floor && toks[m.first - 1].is(kCapitalized) &&
           toks[m.first - 1].is(kWord) && !IsWord(toks[m.first - 1], "the") &&
           m.first - 1 > s.first_token) {
      --m.first;  // "Islamic", "Federal", "Bolivarian"
    }
  }
  // "the Indian Ministry of Electronics and Information Technology": a ministry's name
  // after "of" is part of the mention.
  for (Mention& m : sc->mentions) {
    if (!m.actor || m.person || m.sector.empty() || m.end + 1 >= s.end_token ||
        !InstitutionSector(toks[m.end - 1]).size() || !IsWord(toks[m.end], "of") ||
        !toks[m.end + 1].is(kCapitalized)) {
      continue;
    }
    uint32_t j = m.end + 1, last = m.end;
    while (j < s.end_token && j < m.end + 8 &&
           ((toks[j].is(kWord) && toks[j].is(kCapitalized)) || IsWord(toks[j], "and"))) {
      if (toks[j].is(kCapitalized)) last = j + 1;
      ++j;
    }
    bool free = true;  // no other mention inside
    for (const Mention& o : sc->mentions) free &= &o == &m || o.end <= m.end || o.first >= last;
    if (last > m.end && free) m.end = last;
  }
  // "the U.S., Japanese and South Korean navies", "Eritrean and non-federal forces": a
  // demonym (or a country abbreviation used as one) in a list ending in a compound shares
  // its sector. Right to left, so that the sector passes along the list.
  for (size_t k = sc->mentions.empty() ? 0 : sc->mentions.size() - 1; k-- > 0;) {
    Mention& a = sc->mentions[k];
    const Mention& b = sc->mentions[k + 1];
    bool adjectival = a.demonym || (a.first + 1 == a.end &&
                                    (toks[a.first].is(kAllCaps) ||
                                     toks[a.first].text.find('.') != std::string_view::npos));
    if (!adjectival || !a.actor || a.person || !a.sector.empty() || !a.org.empty() ||
        a.country.empty() || a.end + 1 >= s.end_token || b.sector.empty() || b.person ||
        !b.org.empty() || (b.actor && !b.demonym)) {
      continue;
    }
    bool comma = toks[a.end].text == ",";
    uint32_t j = a.end + (comma ? 1 : 0);
    bool conj = j < s.end_token && IsWord(toks[j], "and");
    if (!comma && !conj) continue;
    if (conj) ++j;
    while (conj && j < b.first && j < a.end + 5 && toks[j].is(kWord) &&
           (!toks[j].is(kCapitalized) || !b.actor)) {
      ++j;  // "non-federal", "Artsakh" (before a lone sector word)
    }
    if (j != b.first) continue;
    a.sector = b.sector;
    a.code = a.country + a.sector;
  }
  // "the Prime Minister of Israel and Lebanon": the country after "and" shares the title.
  // So does each of a list after a plural one: "the ambassadors of Poland, Latvia and
  // Lithuania".
  bool plural_title = false;  // the mention before took its sector from a plural title
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    const Mention& title = sc->mentions[k];
    Mention& b = sc->mentions[k + 1];
    const bool carried = plural_title;
    plural_title = false;
    // The next of the list: past ",", "and" and "the".
    uint32_t next = title.end;
    const bool comma = next < b.first && toks[next].text == ",";
    if (comma) ++next;
    const bool conj = next < b.first && IsWord(toks[next], "and");
    if (conj) ++next;
    if (next < b.first && IsWord(toks[next], "the")) ++next;
    if (!title.actor || title.person || title.sector.empty() || next != b.first ||
        !(comma || conj) || !b.actor || b.person || !b.sector.empty() || !b.org.empty() ||
        b.country.empty()) {
      continue;
    }
    // The title was "SECTOR of COUNTRY", or a plural "SECTOR in COUNTRY" ("Lawmakers in
    // France and Germany": the German ones too).
    bool of_title = false;
    const bool plural = carried || IsPlural(toks[title.first]);
    for (uint32_t t = title.first; t + 1 < title.end; ++t) {
      of_title |= IsWord(toks[t], "of") || IsWord(toks[t], "from") ||
                  (IsWord(toks[t], "in") && plural);
    }
    if (!(of_title || carried) || (comma && !plural)) continue;
    b.sector = title.sector;
    b.code = b.country + b.sector;
    plural_title = plural;
  }
  // "the UN Special Envoy for Yemen", "the U.S. envoy for Sudan and South Sudan",
  // "Ambassador to the United Nations": the places a title serves are part of it.
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    Mention& title = sc->mentions[k];
    if (!title.actor || title.person || (title.sector.empty() && title.org.empty()) ||
        title.end + 1 >= s.end_token ||
        !(IsWord(toks[title.end], "for") || IsWord(toks[title.end], "to")) ||
        !EnvoyWords().contains(toks[title.end - 1].hash)) {
      continue;
    }
    uint32_t j = title.end + 1;
    const uint32_t office_end = title.end;
    size_t next = k + 1;
    while (next < sc->mentions.size()) {
      if (j < s.end_token && IsWord(toks[j], "the")) ++j;
      const Mention& place = sc->mentions[next];
      if (place.first != j || place.person || !place.sector.empty() || !place.actor) break;
      title.end = place.end;
      sc->mentions[next].actor = false;
      sc->mentions[next].sector = "-";
      ++next;
      j = title.end;
      if (j + 1 < s.end_token && IsWord(toks[j], "and")) ++j;
      else break;
    }
    // "UN Special Envoy for Syria Geir Pedersen": the name after the places served is the
    // holder's, known afterwards by the surname.
    // (Or set off by commas: "Pakistan's special envoy for Afghanistan, Mohammad Sadiq,".)
    uint32_t limit = next < sc->mentions.size() ? sc->mentions[next].first : s.end_token;
    const bool comma = title.end > office_end && title.end < limit && toks[title.end].text == ",";
    uint32_t from = title.end + (comma ? 1 : 0);
    uint32_t e = from;
    while (title.end > office_end && e < limit && e < from + 4 && NameWord(toks, e, limit)) ++e;
    if (e >= from + 2 && (!comma || (e < limit && toks[e].text == ","))) {
      title.name = std::string(toks[from].text.data(),
                               toks[e - 1].text.data() + toks[e - 1].text.size() -
                                   toks[from].text.data());
      title.person = true;
      title.end = e;
    }
  }
  std::erase_if(sc->mentions, [](const Mention& m) { return m.sector == "-"; });
  // An appositive joins a title and a name: "the President of Colombia, Gustavo Petro",
  // "Sergey Lavrov, Russia's foreign minister". Only when the two agree on the actor.
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    Mention& a = sc->mentions[k];
    Mention& b = sc->mentions[k + 1];
    if (!a.actor || !b.actor || a.person == b.person || a.end >= b.first ||
        toks[a.end].text != ",") {
      continue;
    }
    uint32_t j = a.end + 1;
    while (j < b.first && Honorifics().contains(toks[j].hash)) ++j;
    if (j != b.first) continue;
    Mention& title = a.person ? b : a;
    Mention& person = a.person ? a : b;
    if (title.sector.empty() && title.org.empty()) continue;  // "Putin, Russia and China"
    if (!TitleFits(title, person)) continue;
    // "at the direction of President Biden, U.S. forces carried out": forces are no title.
    const Token& head = toks[title.end - 1];
    if (IsWord(head, "forces") || IsWord(head, "troops") || IsWord(head, "soldiers") ||
        IsWord(head, "police") || IsWord(head, "army") || IsWord(head, "military")) {
      continue;
    }
    // "in the Kremlin, Russian President Vladimir Putin signs": a place, then the subject.
    uint32_t lead = title.first;
    if (lead > s.first_token && IsWord(toks[lead - 1], "the")) --lead;
    if (title.capital ||
        (lead > s.first_token && LocativePrepositions().contains(toks[lead - 1].hash))) {
      continue;
    }
    uint32_t first = a.first, end = b.end;
    if (&person != &a) a = std::move(person);
    a.first = first;
    a.end = end;
    b.actor = false;
    b.sector = "-";  // absorbed: dropped below with the lone sectors
  }
  // "Azerbaijan says its troops ...": a sector word after "its" or "their" belongs to the
  // nearest country named before it in the sentence.
  // (A sentence with no event word is not tagged: its tags are not to be read.)
  const bool tagged = sc->tags.size() == s.end_token - s.first_token;
  for (size_t k = 1; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    if (m.actor || m.sector.empty() || m.sector == "-" || m.first == s.first_token ||
        !(IsWord(toks[m.first - 1], "its") || IsWord(toks[m.first - 1], "their"))) {
      continue;
    }
    // "their military ties": an adjective on what they share, not their forces.
    if (tagged && m.end == m.first + 1 && m.end < s.end_token &&
        tagger_->IsAdjective(sc->tags[m.first - s.first_token]) &&
        tagger_->IsNoun(sc->tags[m.end - s.first_token]) &&
        !AgentNouns().contains(toks[m.end].hash)) {
      continue;
    }
    // "its military and other assistance", "its military and economic aid".
    if (m.end == m.first + 1 && m.end + 1 < s.end_token && IsWord(toks[m.end], "and") &&
        (IsWord(toks[m.end + 1], "other") ||
         (tagged && tagger_->IsAdjective(sc->tags[m.end + 1 - s.first_token])))) {
      continue;
    }
    for (size_t o = k; o-- > 0;) {
      const Mention& owner = sc->mentions[o];
      if (!owner.actor || owner.person || owner.country.empty() || !owner.org.empty()) continue;
      m.country = owner.country;
      m.code = owner.country + m.sector;
      // "al-Shabaab said its fighters had overrun": an armed group's forces are the group.
      if (m.sector == "MIL" && (owner.sector == "REB" || owner.sector == "INS" ||
                                owner.sector == "UAF" || owner.sector == "SEP")) {
        m.code = owner.code;
        m.sector = owner.sector;
      }
      m.name = owner.name;
      m.entry = owner.entry;
      m.actor = true;
      m.via = "possessive";
      break;
    }
  }
  // "the Prime Minister" alone: the person last named under that title.
  for (Mention& title : sc->mentions) {
    // ("the president", in lower case, only for the one named so within the last sentences.)
    const bool lower = !toks[title.first].is(kCapitalized);
    if (title.actor || title.sector.empty() || title.first == s.first_token ||
        !IsWord(toks[title.first - 1], "the") ||
        (lower && !(IsWord(toks[title.end - 1], "president") ||
                    IsWord(toks[title.end - 1], "minister")))) {
      continue;
    }
    // ("the Minister for Africa", not "praised the Prime Minister for his decision".)
    uint32_t after = title.end + 1;
    if (after < s.end_token && IsWord(toks[after], "the")) ++after;
    bool qualified = title.end < s.end_token &&
                     (((IsWord(toks[title.end], "of") || IsWord(toks[title.end], "for")) &&
                       after < s.end_token && toks[after].is(kCapitalized)) ||
                      (toks[title.end].is(kCapitalized) && toks[title.end].is(kWord)));
    bool prime_minister = title.end == title.first + 2 && IsWord(toks[title.first], "prime") &&
                          IsWord(toks[title.first + 1], "minister");
    const Mention* p =
        qualified                         ? nullptr
        : sc->house && prime_minister ? &*sc->house
                                      : sc->discourse.LastWithTitle(
                                            TitleHash(toks, title.first, title.end));
    if (!qualified && !p && title.end == title.first + 1 && !lower) {
      p = sc->discourse.LastWithTitleWord(toks[title.first].hash);
    }
    if (lower && (qualified || !p || !sc->discourse.LastPerson() ||
                  p->name != sc->discourse.LastPerson()->name)) {
      continue;
    }
    // With no one named under it yet, a government title is the person the document's
    // title opens with: "Keir Starmer meeting with ..." then "The Prime Minister met ...".
    if (!qualified && !p && sc->headline && title.sector == "GOV" &&
        !sc->discourse.HasPersons()) {
      p = &*sc->headline;
    }
    if (!p) continue;
    uint32_t first = title.first, end = title.end;
    title = *p;
    title.first = first;
    title.end = end;
    title.via = "title";
  }
  // "the Moscow arrangement", "the Minsk agreements": a capital naming an accord names where
  // it was made, not a party to it.
  for (Mention& m : sc->mentions) {
    if (m.capital && m.end < s.end_token &&
        (AccordNouns().contains(toks[m.end].hash) || IsWord(toks[m.end], "format") ||
         IsWord(toks[m.end], "process"))) {
      m.actor = false;
    }
  }
  NameArmedGroups(s, sc);
  NameHomeAgencies(s, sc);
  NameKoreas(s, sc);
  // "Police arrested dozens of protesters in Tehran", "rebels attacked an army base in
  // northern Mali": a sentence set in one country, and naming no actor of another, makes
  // its unqualified police, rebels or troops that country's. "foreign troops" stay unknown.
  bool lone = false;
  for (const Mention& m : sc->mentions) lone |= !m.actor && !m.sector.empty() && m.sector != "-";
  if (lone) {
    // "Protesters in Georgia clash with police": a crowd "in" a country sets the scene (the
    // country inside it is no longer a mention of its own, so the gazetteer would find the
    // US state).
    std::string country;
    for (const Mention& m : sc->mentions) {
      if (country.empty() && m.actor && !m.sector.empty() && m.end > m.first + 2 &&
          IsWord(toks[m.first + 1], "in")) {
        country = m.country;
      }
    }
    if (country.empty()) country = SentenceCountry(s, *sc);
    // "Hong Kong protests: Police fire tear gas at protesters": an item's topic before a
    // colon sets its scene, as a topic line does.
    if (country.empty()) country = ItemTopicCountry(s, *sc);
    // "Police detained hundreds of protesters": a sentence that names no place is set where
    // the text was. (Only for those who act there: not for lawmakers, nor for the people
    // a scene's victims may be from.)
    bool scene = false;
    if (country.empty()) {
      country = sc->discourse.Scene();
      scene = !country.empty();
    }
    // "Soldiers seized power in Niger ... The junta later accused France": the regime a
    // sentence opens with is the scene's, whoever it then names.
    int regime = -1;
    if (scene && !sc->mentions.empty() && !sc->mentions[0].actor &&
        sc->mentions[0].first == s.first_token + 1 && IsWord(toks[s.first_token], "the") &&
        (sc->mentions[0].sector == "GOV" || sc->mentions[0].sector == "MIL") &&
        RegimeWords().contains(toks[sc->mentions[0].end - 1].hash)) {
      regime = 0;
    }
    for (const Mention& m : sc->mentions) {
      // (A foreign embassy or consulate is a building in the country: "protesters set fire
      // to the Iranian consulate in Najaf".)
      bool premises = IsWord(toks[m.end - 1], "embassy") || IsWord(toks[m.end - 1], "consulate");
      // (Nor a party the crowd is against: "chanting slogans against France".)
      premises |= m.first > s.first_token && IsWord(toks[m.first - 1], "against");
      // (Nor a country's adjective on a thing: "waving Russian flags".)
      static const WordSet symbols(std::array{"flag", "flags", "banner", "banners", "anthem",
                                              "portraits", "songs"});
      premises |= m.demonym && m.sector.empty() && m.end < s.end_token &&
                  symbols.contains(toks[m.end].hash);
      if (m.actor && !m.country.empty() && m.country != country && !premises) {
        if (regime >= 0) {
          Mention& r = sc->mentions[regime];
          r.country = country;
          r.code = country + r.sector;
          r.name = actors_->CountryName(country);
          r.actor = true;
          r.via = "scene";
          regime = -1;
        }
        country.clear();
      }
    }
    // "The transitional government of Sudan signs a peace deal with the main rebel groups":
    // rebels a state makes peace with or fights, with no place named, are its own.
    if (country.empty() && SentenceCountry(s, *sc).empty()) {
      std::string state;
      bool one_state = true;
      for (const Mention& m : sc->mentions) {
        if (!m.actor || m.country.empty()) continue;
        bool organ =
            m.sector.empty() || m.sector == "GOV" || m.sector == "MIL" || m.sector == "COP";
        one_state &= organ && !m.person && (state.empty() || state == m.country);
        state = m.country;
      }
      bool conflict = false;
      for (uint32_t i = s.first_token; i < s.end_token && !conflict; ++i) {
        const Token& t = toks[i];
        conflict = PartiesNouns().contains(t.hash) || TruceNouns().contains(t.hash) ||
                   IsWord(t, "fought") || IsWord(t, "clashed") || IsWord(t, "fight");
      }
      for (Mention& m : sc->mentions) {
        if (!one_state || state.empty() || !conflict || m.actor || m.sector != "REB" ||
            m.first < s.first_token + 2) {
          continue;
        }
        uint32_t w = m.first - 1;
        while (w > s.first_token && m.first - w < 4 && !IsWord(toks[w], "with")) --w;
        if (!IsWord(toks[w], "with")) continue;
        m.country = state;
        m.code = state + "REB";
        m.name = actors_->CountryName(state);
        m.actor = true;
        m.via = "counterpart";
      }
    }
    for (Mention& m : sc->mentions) {
      std::string_view where = country;
      // "to land in Minsk, where police arrested": the police of the place just named.
      if (!m.actor && m.first >= s.first_token + 3 && IsWord(toks[m.first - 1], "where") &&
          toks[m.first - 2].text == ",") {
        for (const Mention& place : sc->mentions) {
          if (place.end == m.first - 2 && !place.country.empty() && !place.person &&
              (place.capital || place.sector.empty())) {
            where = place.country;
          }
        }
      }
      // Reporters are the audience, not a party: "told reporters in Moscow".
      if (where.empty() || m.actor || m.sector.empty() || m.sector == "-" ||
          m.sector == "MED") {
        continue;
      }
      if (m.first > s.first_token && ForeignWords().contains(toks[m.first - 1].hash)) continue;
      // "the two leaders", "both sides' ministers", "leaders from 20 countries": people of
      // several countries, not of the place.
      // ("the coup leaders" are soldiers of one country; "strike leaders", "union leaders" and
      // "opposition leaders" lead a part of one.)
      if (PluralRoleNouns().contains(toks[m.end - 1].hash) && m.sector != "MIL" &&
          (m.sector == "GOV" || m.end - m.first < 2)) {
        continue;
      }
      // An embassy, an envoy or a mission in a capital is another country's, and so are
      // peacekeepers.
      if (EnvoyWords().contains(toks[m.end - 1].hash) || IsWord(toks[m.end - 1], "embassy") ||
          IsWord(toks[m.end - 1], "peacekeepers") || IsWord(toks[m.end - 1], "peacekeeper") ||
          IsWord(toks[m.end - 1], "embassies") || IsWord(toks[m.end - 1], "consulate") ||
          IsWord(toks[m.end - 1], "diplomats")) {
        continue;
      }
      if (m.first > s.first_token && IsWord(toks[m.first - 1], "both")) continue;
      // "Fighters from al-Shabaab", "militants of the Islamic State": the group's, read as
      // the group itself.
      if (ArmedGroupAfter(m.end, s, *sc) >= 0) continue;
      // "supporters of the former president": no organ of the state now.
      if (m.first > s.first_token && IsWord(toks[m.first - 1], "former")) continue;
      // A modifier names no one: "military operations", "police station". A plural does
      // not modify ("protesters clash with police").
      bool modifier = m.end < s.end_token && !sc->tags.empty() && toks[m.end].is(kWord) &&
                      !IsPlural(toks[m.end - 1]) &&
                      !toks[m.end].is(kCapitalized) &&
                      tagger_->Name(sc->tags[m.end - s.first_token]).substr(0, 2) == "NN";
      if (modifier) continue;
      // ("Sandu said, urging parliament to approve": a parliament appealed to is the scene's.)
      uint32_t before = m.first > s.first_token && IsWord(toks[m.first - 1], "the") ? m.first - 1
                                                                                    : m.first;
      bool appealed = m.sector == "LEG" && before > s.first_token &&
                      AppealedWords().contains(toks[before - 1].hash);
      if (scene && (m.sector == "LEG" || m.sector == "CVL") && !appealed) continue;
      m.country = std::string(where);
      m.code = m.country + m.sector;
      m.name = actors_->CountryName(m.country);
      m.actor = true;
      m.via = scene ? "scene" : "place";
    }
  }
  // "South Korea's Joint Chiefs of Staff said the military had raised its readiness": a
  // bare state organ a speaker reports on, right after the verb of saying, is the speaker's.
  for (Mention& m : sc->mentions) {
    if (m.actor || (m.sector != "MIL" && m.sector != "COP" && m.sector != "GOV") ||
        m.first < s.first_token + 3 || !IsWord(toks[m.first - 1], "the")) {
      continue;
    }
    uint32_t r = m.first - 2;
    if (IsWord(toks[r], "that") && r > s.first_token + 1) --r;
    if (!ReportingVerbs().contains(toks[r].hash)) continue;
    const Mention* speaker = nullptr;
    for (const Mention& o : sc->mentions) {
      if (o.first >= r) break;
      if (o.actor && !o.country.empty() && !o.person) speaker = &o;
      if (o.actor && o.person) speaker = nullptr;  // (a person's office is their own)
    }
    if (speaker == nullptr || speaker->first != s.first_token) continue;
    m.country = speaker->country;
    m.code = m.country + m.sector;
    m.name = actors_->CountryName(m.country);
    m.actor = true;
    m.via = "reported";
  }
  // "He reiterates his call on the military to end the violence": a bare "the military"
  // or "the junta" is the state's forces the document named before.
  // So is one a speaker calls on ("We call on the military to step back from power" in a
  // British statement on Myanmar): not the speaker's own, which the scene would make it.
  if (const Mention* mil = sc->discourse.LastMilitary()) {
    for (Mention& m : sc->mentions) {
      bool junta = IsWord(toks[m.first], "junta");  // a GOV word: the soldiers who rule
      bool appealed = m.first >= s.first_token + 2 &&
                      AppealedWords().contains(toks[m.first - 2].hash);
      if ((m.actor && !(appealed && m.via == "scene")) || (m.sector != "MIL" && !junta) ||
          m.end != m.first + 1 || m.first == s.first_token ||
          !IsWord(toks[m.first - 1], "the") ||
          !(IsWord(toks[m.first], "military") || IsWord(toks[m.first], "junta") ||
            IsWord(toks[m.first], "army"))) {
        continue;
      }
      bool other_state = false;
      for (const Mention& o : sc->mentions) {
        if (appealed && (o.end <= m.first || o.via == "scene")) continue;  // the speaker
        other_state |= o.actor && !o.country.empty() && o.country != mil->country &&
                       &o != &m;
      }
      if (other_state) continue;
      m.country = mil->country;
      m.sector = mil->sector;
      m.code = mil->code;
      m.name = mil->name;
      m.entry = mil->entry;
      m.actor = true;
      m.via = "military";
    }
  }
  // "Cuba stands with the people of Venezuela and calls on the regime to ...", "Venezuela
  // held elections. The government ...": a bare "the government", "the regime" or "the
  // authorities" is that of the country named last before it, in this sentence (not its
  // subject's) or in the two before.
  for (size_t i = 0; i < sc->mentions.size(); ++i) {
    Mention& m = sc->mentions[i];
    // ("The government's chief negotiator": the owner's word.)
    uint32_t end = m.end;
    for (uint32_t t = m.first + 1; t < m.end; ++t) {
      if (toks[t].text == "'s") end = t;
    }
    // ("the Provisional Government", "the interim authorities": qualified.)
    if (m.actor || end > m.first + 2 || m.first == s.first_token ||
        !IsWord(toks[m.first - 1], "the") ||
        !(IsWord(toks[end - 1], "government") || IsWord(toks[end - 1], "regime") ||
          IsWord(toks[end - 1], "authorities")) ||
        // ("accused the government of giving": an accusation's "of", no state named.)
        (m.end + 1 < s.end_token && IsWord(toks[m.end], "of") &&
         !(toks[m.end + 1].text.ends_with("ing") && !toks[m.end + 1].is(kCapitalized)))) {
      continue;
    }
    std::string country, subject;
    bool nonstate = false;  // "the ELN says it is ready to talk with the government": its own
    // ("The United States and the United Kingdom have called on the transitional
    // authorities": each listed subject is a subject.)
    std::vector<std::string> subjects;
    uint32_t subject_end = 0;
    for (size_t j = 0; j < i; ++j) {
      const Mention& o = sc->mentions[j];
      if (!o.actor || o.country.empty() || !o.org.empty()) continue;
      bool listed = subject_end > 0 && o.first >= subject_end;
      for (uint32_t t = subject_end; listed && t < o.first; ++t) {
        listed = toks[t].text == "," || IsWord(toks[t], "and") || IsWord(toks[t], "the");
      }
      if (subject.empty()) {
        subject = o.country;
        nonstate = o.sector == "REB" || o.sector == "OPP" || o.sector == "CVL" ||
                   o.sector == "UAF" || o.sector == "INS";
        subjects.push_back(o.country);
        subject_end = o.end;
      } else if (listed) {
        subjects.push_back(o.country);
        subject_end = o.end;
      } else if (std::find(subjects.begin(), subjects.end(), o.country) == subjects.end()) {
        country = o.country;
        subject_end = 0;
      }
    }
    if (country.empty() && nonstate) country = subject;
    // ("... in close coordination with the UK and Canada. The US condemns the regime's
    // forced diversion": a regime named by no country here is the one the title names.)
    if (country.empty() && IsWord(toks[end - 1], "regime") && !sc->title_country.empty()) {
      country = sc->title_country;
    }
    // ("The Lukashenka regime falsified the result. Russia has backed it ... the regime's
    // forced diversion": the state last called a regime.)
    if (country.empty() && IsWord(toks[end - 1], "regime")) {
      country = sc->discourse.RegimeCountry();
    }
    if (country.empty()) country = sc->discourse.LastCountry();
    if (country.empty() || (country == subject && !nonstate)) continue;
    m.country = country;
    m.sector = "GOV";
    m.code = country + "GOV";
    m.name = actors_->CountryName(country);
    m.actor = true;
    m.via = "government";
  }
  // "US$38 million", "HK$2 billion": a currency's prefix names no actor.
  for (Mention& m : sc->mentions) {
    if (m.end < s.end_token && toks[m.end].text == "$" &&
        toks[m.end].begin == toks[m.end - 1].end) {
      m.actor = false;
    }
  }
  // "President Joseph R. Biden, Jr. spoke": the suffix set off by a comma ends the name.
  for (size_t k = 0; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    uint32_t at = m.end + 1;
    if (m.person && at < s.end_token && toks[m.end].text == "," &&
        (k + 1 == sc->mentions.size() || sc->mentions[k + 1].first > at) &&
        (toks[at].text == "Jr." || toks[at].text == "Sr." || IsWord(toks[at], "jr") ||
         IsWord(toks[at], "sr"))) {
      m.end = at + 1;
    }
  }
  // "Ecuadorian soldiers and police": the demonym qualifies both sector words. "President
  // Viktor Yanukovych and the three main opposition leaders": so does a state's actor its
  // opposition.
  for (size_t k = 1; k < sc->mentions.size(); ++k) {
    Mention& m = sc->mentions[k];
    const Mention& prev = sc->mentions[k - 1];
    if (m.actor || m.sector.empty() || m.sector == "-" || prev.end >= m.first ||
        !prev.actor || prev.country.empty() || !prev.org.empty() ||
        !IsWord(toks[prev.end], "and")) {
      continue;
    }
    uint32_t at = prev.end + 1;
    if (m.sector == "OPP" && IsWord(toks[at], "the")) {
      ++at;
      while (at < m.first && at < prev.end + 5 && toks[at].is(kWord) &&
             !toks[at].is(kCapitalized)) {
        ++at;
      }
    }
    bool demonym = m.end == m.first + 1 && prev.demonym && !prev.person && !prev.sector.empty();
    if (at == m.first && (demonym || m.sector == "OPP")) {
      Mention of = CountryMention(prev.country, m.sector, m.first, m.end, "");
      of.demonym = demonym;
      if (demonym) of.entry = prev.entry;
      m = std::move(of);
    }
  }
  // "EU member states", "NATO allies", "the BRICS countries": the organisation's members act
  // as the organisation.
  {
    static const WordSet members(std::array{"countries", "states", "nations", "members",
                                            "allies", "partners", "governments"});
    for (Mention& m : sc->mentions) {
      if (!m.actor || m.org.empty() || m.person || m.end >= s.end_token) continue;
      uint32_t end = m.end;
      if (IsWord(toks[end], "member") && end + 1 < s.end_token) ++end;
      if (!members.contains(toks[end].hash)) continue;
      ++end;
      bool free = true;
      for (const Mention& o : sc->mentions) free &= &o == &m || o.end <= m.end || o.first >= end;
      if (free) m.end = end;
    }
  }
  // "the presidents of Nigeria, Cameroon and Chad": a plural office is every listed state's.
  for (size_t k = 0; k + 1 < sc->mentions.size(); ++k) {
    const Mention& head = sc->mentions[k];
    bool plural_office = false;
    for (uint32_t t = head.first; t + 1 < head.end; ++t) {
      plural_office |= PluralRoleNouns().contains(toks[t].hash) && IsWord(toks[t + 1], "of");
    }
    if (!plural_office || !head.actor || head.sector.empty() || head.country.empty() ||
        !head.org.empty()) {
      continue;
    }
    for (size_t n = k + 1; n < sc->mentions.size(); ++n) {
      Mention& m = sc->mentions[n];
      // (Over a "the": "France, Italy, the United Kingdom and the United States".)
      uint32_t at = m.first > sc->mentions[n - 1].end && IsWord(toks[m.first - 1], "the")
                        ? m.first - 1
                        : m.first;
      uint32_t gap = at - sc->mentions[n - 1].end;
      bool comma = gap == 1 && toks[at - 1].text == ",";
      bool last = (gap == 1 && IsWord(toks[at - 1], "and")) ||
                  (gap == 2 && toks[at - 2].text == "," && IsWord(toks[at - 1], "and"));
      if (m.first < sc->mentions[n - 1].end || !(comma || last) || !m.actor || m.person ||
          !m.org.empty() || !m.sector.empty() || m.country.empty()) {
        break;
      }
      Mention of = CountryMention(m.country, head.sector, m.first, m.end, "");
      of.entry = m.entry;
      m = std::move(of);
      if (last) break;
    }
  }
  // "the representative of the United States", "the Minister of Foreign Affairs of Japan":
  // an office one person holds; a "she" or "he" next is that person.
  static const WordSet one_holder(std::array{"representative", "ambassador", "envoy",
                                             "minister", "spokesman", "spokeswoman",
                                             "spokesperson", "secretary", "president"});
  for (Mention& m : sc->mentions) {
    uint32_t head = m.first + (IsWord(toks[m.first], "the") ? 1 : 0);
    if (m.actor && !m.person && head + 1 < m.end && one_holder.contains(toks[head].hash) &&
        IsWord(toks[head + 1], "of") && (m.sector == "GOV" || !m.org.empty())) {
      m.person = true;
    }
  }
  // Lone sector words are not actors.
  std::erase_if(sc->mentions, [](const Mention& m) { return !m.actor; });
  ResolveReferences(s, sc);
  Reindex(s, sc);
}

// Sorts mentions by position and maps each token of the sentence to its mention (the first
// member, for a group).
void CoderImpl::Reindex(const SentenceSpan& s, Scratch* sc) const {
  auto by_position = [](const Mention& a, const Mention& b) { return a.first < b.first; };
  // Usually already in order: only references resolved after the dictionary's are not.
  if (!std::is_sorted(sc->mentions.begin(), sc->mentions.end(), by_position)) {
    std::stable_sort(sc->mentions.begin(), sc->mentions.end(), by_position);
  }
  sc->mention_at.assign(s.end_token - s.first_token, -1);
  for (size_t k = sc->mentions.size(); k-- > 0;) {
    for (uint32_t t = sc->mentions[k].first; t < sc->mentions[k].end; ++t) {
      sc->mention_at[t - s.first_token] = static_cast<int32_t>(k);
    }
  }
}

// A word that describes an actor's head noun after "the": an adjective or participle ("the
// regional bloc", "the armed group"), a hyphened word ("the Iran-backed group", "the
// 15-member body") or a noun of armed struggle ("the terrorist group"). Not a superlative
// ("the largest group" in parliament).
bool DescribesHead(const Token& t, std::string_view penn) {
  static const WordSet nouns(std::array{"terrorist", "militant", "rebel", "jihadist",
                                        "insurgent", "extremist", "paramilitary"});
  return penn == "JJ" || penn == "VBN" || nouns.contains(t.hash) ||
         (t.text.find('-') != std::string_view::npos && penn != "JJS");
}

// Adds one mention per member for tokens [first, end) that refer to them together.
void AddGroupMention(const std::vector<Mention>& members, uint32_t first, uint32_t end,
                     const char* via, Scratch* sc) {
  int id = sc->next_group++;
  for (Mention m : members) {
    m.first = first;
    m.end = end;
    m.group = id;
    m.via = via;
    sc->mentions.push_back(std::move(m));
  }
}

// Mentions that name no actor themselves: "the three countries", "both sides" (from the
// discourse's lists) and "he", "she" (the last person named, in this sentence or before).
void CoderImpl::ResolveReferences(const SentenceSpan& s, Scratch* sc) const {
  const auto& toks = sc->tokens;
  // A copy: pushing new mentions below may move the vector's elements.
  std::optional<Mention> last_person;
  if (const Mention* p = sc->discourse.LastPerson()) last_person = *p;
  size_t dictionary_mentions = sc->mentions.size();
  size_t next_dictionary = 0;
  // Whether token `i` is inside a name the dictionary matched.
  auto in_name = [&](uint32_t i) {
    for (size_t k = 0; k < dictionary_mentions; ++k) {
      if (sc->mentions[k].first <= i && i < sc->mentions[k].end) return true;
    }
    return false;
  };
  // The actor `m` again, at tokens [first, end), resolved `via`.
  auto refer = [&](const Mention& m, uint32_t first, uint32_t end, const char* via) {
    Mention copy = m;
    copy.first = first;
    copy.end = end;
    copy.via = via;
    sc->mentions.push_back(std::move(copy));
    return sc->mentions.back();
  };
  // A sentence with no event word is not tagged: its tags are not to be read.
  const bool tagged = sc->tags.size() == s.end_token - s.first_token;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    while (next_dictionary < dictionary_mentions && sc->mentions[next_dictionary].first <= i) {
      if (sc->mentions[next_dictionary].person) last_person = sc->mentions[next_dictionary];
      ++next_dictionary;
    }
    const Token& t = toks[i];
    if (!t.is(kWord)) continue;
    // Most words can open no reference: one probe skips them.
    if (!t.is(kCapitalized) && !ReferenceOpeners().contains(t.hash)) continue;
    // "North Korean state media say that the country tested a missile": the state named
    // before it in the sentence.
    // (Only as a subject: "arrive in the country" is a place.)
    uint32_t verb = i + 2;
    while (tagged && verb < s.end_token && verb < i + 4 &&
           tagger_->Name(sc->tags[verb - s.first_token]).substr(0, 2) == "RB") {
      ++verb;
    }
    if (tagged && IsWord(t, "the") && verb < s.end_token && IsWord(toks[i + 1], "country") &&
        !in_name(i + 1) && tagger_->IsVerb(sc->tags[verb - s.first_token])) {
      const Mention* state = nullptr;
      for (size_t m = 0; m < dictionary_mentions; ++m) {
        const Mention& c = sc->mentions[m];
        if (c.end <= i && c.actor && !c.person && c.org.empty() && !c.country.empty() &&
            (c.sector.empty() || c.sector == "GOV" || c.sector == "MED")) {
          state = &c;
        }
      }
      if (state) {
        Mention country = CountryMention(state->country, "", i, i + 2, "the country");
        refer(country, i, i + 2, "the country");
        ++i;
        continue;
      }
    }
    // A surname alone after the full name: "Kim" after "Kim Jong Un".
    if (t.is(kCapitalized) && !t.is(kAllCaps)) {
      bool inside = in_name(i);
      const Mention* p = inside ? nullptr : sc->discourse.BySurname(t.text);
      if (p) {
        // "and President Yoon", "and General Chang": the title the name is given is part of
        // the mention, so a list of them is one list.
        static const WordSet titles(std::array{
            "president", "prime", "minister", "secretary", "general", "gen.", "premier",
            "chancellor", "king", "queen", "prince", "emir", "foreign", "defence", "defense",
            "vice", "deputy", "ambassador", "envoy", "senator", "admiral", "colonel", "mr.",
            "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sheikh", "commodore", "marshal"});
        uint32_t from = i;
        while (from > s.first_token && i - from < 3 && toks[from - 1].is(kCapitalized) &&
               titles.contains(toks[from - 1].hash) && !in_name(from - 1)) {
          --from;
        }
        // ("Minister Poltorak": the title, for a later bare "the Minister".)
        Mention named = *p;
        if (from < i) {
          named.title_first = toks[from].hash;
          named.title_last = toks[i - 1].hash;
        }
        last_person = refer(named, from, i + 1, "surname");
        continue;
      }
    }
    // "Lukashenko announces that, with Putin's agreement, he has negotiated": the one who
    // says, past an aside.
    if ((IsWord(t, "he") || IsWord(t, "she")) && i >= s.first_token + 3) {
      uint32_t k = i - 1;
      if (toks[k].text == ",") {
        while (k > s.first_token + 1 && i - k < 10 && toks[k - 1].text != ",") --k;
        k = k > s.first_token + 1 && toks[k - 1].text == "," ? k - 2 : i - 1;
      }
      int speaker = -1;
      if (IsWord(toks[k], "that") && k > s.first_token + 1 &&
          ReportingVerbs().contains(toks[k - 1].hash)) {
        for (size_t m = 0; m < dictionary_mentions; ++m) {
          if (sc->mentions[m].person && sc->mentions[m].end == k - 1) speaker = static_cast<int>(m);
        }
      }
      if (speaker >= 0) {
        last_person = refer(Mention(sc->mentions[speaker]), i, i + 1, "speaker");
        continue;
      }
    }
    // '"... I call on the interim authorities and on Mr. Morales' party ...," she said': the
    // speaker after a quotation is not someone the quotation names.
    if ((IsWord(t, "he") || IsWord(t, "she")) && i >= s.first_token + 2 &&
        i + 1 < s.end_token && ReportingVerbs().contains(toks[i + 1].hash) &&
        (toks[i - 1].text == "\"" ||
         (toks[i - 1].text == "," && toks[i - 2].text == "\""))) {
      uint32_t quote = toks[i - 1].text == "\"" ? i - 1 : i - 2;
      int64_t open = -1;
      for (int64_t j = int64_t{quote} - 1; j >= s.first_token && open < 0; --j) {
        if (toks[j].text == "\"") open = j;
      }
      std::optional<Mention> before;
      if (open >= 0) {
        for (size_t m = 0; m < dictionary_mentions; ++m) {
          const Mention& p = sc->mentions[m];
          if (p.person && p.end <= open) before = p;
        }
      } else if (sc->pending_quote_sentence >= 0) {
        before = sc->before_quote;
      }
      if (before) {
        last_person = refer(*before, i, i + 1, "pronoun");
        continue;
      }
    }
    // "The Secretary-General takes note of the decision of President Lopez Obrador ... He
    // calls on": a "He" that opens a sentence is whoever opened the one before.
    if ((IsWord(t, "he") || IsWord(t, "she")) && i == s.first_token &&
        sc->discourse.Opener()) {
      last_person = refer(*sc->discourse.Opener(), i, i + 1, "pronoun");
      continue;
    }
    if ((IsWord(t, "he") || IsWord(t, "she") || IsWord(t, "him")) && last_person) {
      // A subject pronoun with no one named before it in its sentence continues the subject
      // of the sentence before: "The Prime Minister met with X ... He welcomed".
      const Mention* subject = sc->discourse.SubjectPerson();
      // ("Explaining her country's vote, Ambassador X said Washington ..., and she": a place
      // named since does not undo it.)
      bool named_here = false;
      for (size_t k = 0; k < next_dictionary; ++k) named_here |= sc->mentions[k].person;
      // "Safadi makes a rare visit to Tehran, where he holds talks": past a place, the person
      // who opens the sentence.
      const Mention* opener = nullptr;
      for (size_t k = 0; k < next_dictionary && !named_here; ++k) {
        const Mention& p = sc->mentions[k];
        if (p.person && p.first <= s.first_token + 1) opener = &p;
      }
      // "Recalling that the leader, Juan Guaidó, declared himself President ..., she cited":
      // someone named in an opening clause is not the main clause's subject.
      uint32_t opening = s.first_token;
      while (opening < i && !toks[opening].is(kWord)) ++opening;
      bool after_opening_clause =
          i > opening + 2 && toks[i - 1].text == "," && !sc->tags.empty() &&
          (tagger_->Name(sc->tags[opening - s.first_token]) == "VBG" ||
           AdverbialSubordinators().contains(toks[opening].hash));
      if (after_opening_clause) named_here = false;
      // "Ambassador X said Washington supported ..., and she faulted": after "and", the
      // person who is the subject of the sentence's first clause.
      if (!opener && tagged && i > s.first_token && IsWord(toks[i - 1], "and")) {
        for (size_t k = 0; k < next_dictionary && !opener; ++k) {
          const Mention& p = sc->mentions[k];
          if (!p.person || p.end >= i) continue;
          std::string_view next = tagger_->Name(sc->tags[p.end - s.first_token]);
          if (next == "VBD" || next == "VBZ" || next == "VBP" || next == "MD") opener = &p;
        }
      }
      Mention m = opener && !IsWord(t, "him")                   ? *opener
                  : subject && !named_here && !IsWord(t, "him") ? *subject
                                                                : *last_person;
      // "Saad Hariri returns to Beirut after stopping in Cairo for talks with President
      // el-Sisi and in Larnaca, where he meets ...": the sentence's subject, not a person
      // named after a preposition since.
      if (named_here && !IsWord(t, "him") && last_person->first > s.first_token &&
          Prepositions().contains(toks[last_person->first - 1].hash)) {
        for (size_t k = 0; k < next_dictionary; ++k) {
          const Mention& first_person = sc->mentions[k];
          if (first_person.person && first_person.first == opening &&
              &first_person != &sc->mentions[next_dictionary - 1]) {
            m = first_person;
            break;
          }
        }
      }
      m.first = i;
      m.end = i + 1;
      m.group = -1;
      m.via = "pronoun";
      sc->mentions.push_back(std::move(m));
      continue;
    }
    // "Allies agreed that ...": in a text from or about NATO, its members as one.
    if (IsWord(t, "allies") && t.is(kCapitalized) && !in_name(i) &&
        (i == s.first_token || !toks[i - 1].is(kCapitalized)) &&
        !(i + 1 < s.end_token && (IsWord(toks[i + 1], "of") || toks[i + 1].is(kCapitalized)))) {
      const Mention* org = sc->discourse.LastOrganisation();
      if (!(org && org->code == "IGOWSTNAT") && sc->title_nato) org = &*sc->title_nato;
      if (org && org->code == "IGOWSTNAT") {
        refer(Mention(*org), i, i + 1, "allies");
        continue;
      }
    }
    // "The Secretary-General" alone: the organisation head named earlier in the document.
    if ((IsWord(t, "secretary-general") ||
         (IsWord(t, "secretary") && i + 1 < s.end_token && IsWord(toks[i + 1], "general"))) &&
        t.is(kCapitalized)) {
      uint32_t end = IsWord(t, "secretary") ? i + 2 : i + 1;
      bool inside = in_name(i);
      const Mention* head = inside ? nullptr : sc->discourse.LastOrganisationHead();
      if (!head && !inside && sc->title_un) head = &*sc->title_un;
      if (head) {
        refer(*head, i, end, "title");
        sc->mentions.back().person = true;  // a "he" or "she" next is the Secretary-General
        last_person = sc->mentions.back();
        i = end - 1;
        continue;
      }
    }
    // "Mali's representative said his Government would cooperate", "Ethiopia said its
    // country": a possessive pronoun's government or country. "his" and "her" are those of
    // the first person or state's agent named in the sentence, who speaks; else, as for
    // "its" and "their", of the state named before them if every state so named is the
    // same one. ("accusing President Duque of lending his country's territory": not a
    // possessive's.)
    bool personal = IsWord(t, "his") || IsWord(t, "her");
    if ((personal || IsWord(t, "its") || IsWord(t, "their")) && i + 2 < s.end_token &&
        OwnStateNouns().contains(toks[i + 1].hash) && !IsWord(toks[i + 2], "'s")) {
      const Mention *owner = nullptr, *agent = nullptr;
      bool one_state = true;
      for (const Mention& p : sc->mentions) {
        if (p.end > i || !p.actor || p.country.size() != 3 || !p.org.empty()) continue;
        one_state &= !owner || owner->country == p.country;
        owner = &p;
        if (personal && (p.person || !p.sector.empty()) && (!agent || p.first < agent->first)) {
          agent = &p;
        }
      }
      if (agent) {
        owner = agent;
        one_state = true;
      }
      Mention* word = nullptr;  // the noun's own lone sector mention, if any
      for (Mention& p : sc->mentions) {
        if (p.first == i + 1) word = &p;
      }
      if (owner && one_state && (!word || !word->actor)) {
        Mention m = *owner;
        bool government = !IsWord(toks[i + 1], "country") && !IsWord(toks[i + 1], "nation");
        m.person = false;
        m.role.clear();
        m.sector = government ? "GOV" : "";
        m.code = m.country + m.sector;
        m.name = actors_->CountryName(m.country);
        if (word) word->sector = "-";
        refer(m, i, i + 2, "pronoun");  // (not a person: a "he" next is not this state)
        ++i;
        continue;
      }
    }
    // "The High Commissioner said her Office stood ready": a person's office speaks for them.
    if ((IsWord(t, "her") || IsWord(t, "his")) && i + 1 < s.end_token &&
        IsWord(toks[i + 1], "office") && last_person && !in_name(i + 1)) {
      Mention office = *last_person;
      last_person = refer(office, i, i + 2, "pronoun");
      ++i;
      continue;
    }
    // "The High Commissioner said" alone: the organisation head named earlier (not "the
    // High Commissioner for Refugees", a name).
    if (IsWord(t, "high") && t.is(kCapitalized) && i > s.first_token &&
        IsWord(toks[i - 1], "the") && i + 2 < s.end_token &&
        IsWord(toks[i + 1], "commissioner") && !IsWord(toks[i + 2], "for") &&
        !toks[i + 2].is(kCapitalized) && !in_name(i)) {
      if (const Mention* head = sc->discourse.LastOrganisationHead()) {
        refer(*head, i, i + 2, "title");
        sc->mentions.back().person = true;
        last_person = sc->mentions.back();
        ++i;
        continue;
      }
    }
    // "The Secretary" alone: the person last named under a title it opens ("Secretary of
    // State Antony J. Blinken").
    if (IsWord(t, "secretary") && t.is(kCapitalized) && i > s.first_token &&
        IsWord(toks[i - 1], "the") && i + 1 < s.end_token && !toks[i + 1].is(kCapitalized) &&
        !IsWord(toks[i + 1], "of") && !IsWord(toks[i + 1], "general")) {
      bool inside = in_name(i);
      const Mention* p = inside ? nullptr : sc->discourse.LastWithTitleWord(t.hash);
      if (p) {
        last_person = refer(*p, i, i + 1, "title");
        continue;
      }
    }
    // "the Council" alone: the council named before, or the UN's when the title is its.
    // ("Council demanded that ...": a communiqué's sentence may open with the bare word.)
    // ("Council members welcomed": its members, as in a press statement.)
    if (IsWord(t, "council") && t.is(kCapitalized) &&
        ((i > s.first_token && (IsWord(toks[i - 1], "the") || IsWord(toks[i - 1], "this"))) ||
         (i + 1 < s.end_token && IsWord(toks[i + 1], "members") &&
          (i == s.first_token || !toks[i - 1].is(kCapitalized))) ||
         (i == s.first_token && i + 1 < s.end_token && !toks[i + 1].is(kCapitalized) &&
          !IsWord(toks[i + 1], "of")))) {
      bool inside = in_name(i);
      const Mention* council = inside ? nullptr : sc->discourse.LastCouncil();
      if (!council && !inside && sc->title_un &&
          (sc->title_un->name.find("Council") != std::string::npos)) {
        council = &*sc->title_un;
      }
      if (council) {
        const bool members = i + 1 < s.end_token && IsWord(toks[i + 1], "members");
        refer(*council, i, members ? i + 2 : i + 1, "title");
        if (members) ++i;
        continue;
      }
    }
    // "the coalition denies", "the group says": the actor last named with that noun as the
    // head of its name ("the Saudi-led coalition"), in this sentence or the three before.
    // (A sentence with no event word is not tagged: there the noun after is not known.)
    // "the regional bloc", "the Iran-backed group", "the 15-member body": a word or two that
    // describe the noun may stand between (in a tagged sentence, outside any name).
    uint32_t head = i + 1;
    auto head_noun = [&](uint32_t j) {
      return j < s.end_token &&
             (HeadNouns().contains(toks[j].hash) || IsWord(toks[j], "body"));
    };
    const bool described = IsWord(t, "the") && tagged && (head_noun(i + 2) || head_noun(i + 3));
    while (described && head + 1 < s.end_token && head < i + 3 && !in_name(head) &&
           DescribesHead(toks[head], tagger_->Name(sc->tags[head - s.first_token]))) {
      ++head;
    }
    if (head > i + 1 && (in_name(head) || (!HeadNouns().contains(toks[head].hash) &&
                                           !IsWord(toks[head], "body")))) {
      head = i + 1;
    }
    if (IsWord(t, "the") && head < s.end_token &&
        (HeadNouns().contains(toks[head].hash) || (head > i + 1 && IsWord(toks[head], "body"))) &&
        !in_name(head) &&
        (head + 1 >= s.end_token || !tagged ||
         !tagger_->IsNoun(sc->tags[head + 1 - s.first_token]))) {
      const Mention* named = nullptr;
      for (auto it = sc->named_heads.rbegin(); it != sc->named_heads.rend(); ++it) {
        if (sc->sentence_index - it->sentence > 3) break;
        if (it->head == toks[head].hash) {
          named = &it->mention;
          break;
        }
      }
      for (size_t k = 0; k < dictionary_mentions && !named; ++k) {
        const Mention& m = sc->mentions[k];
        if (m.end <= i && m.actor && !m.person && toks[m.end - 1].hash == toks[head].hash) {
          named = &m;
        }
      }
      // "ECOWAS ... The bloc also imposes sanctions": the organisation named last.
      bool body = IsWord(toks[head], "bloc") || IsWord(toks[head], "alliance") ||
                  IsWord(toks[head], "organisation") || IsWord(toks[head], "organization") ||
                  IsWord(toks[head], "body");
      // ("Kallas said the bloc would propose": the organisation of the one who speaks for it.)
      Mention office;
      for (size_t k = dictionary_mentions; body && !named && k-- > 0;) {
        const Mention& m = sc->mentions[k];
        if (m.end > i || !m.actor || m.org.empty()) continue;
        if (!m.person) {
          named = &m;
        } else if (m.code.starts_with("IGO")) {
          office = m;
          office.person = false;
          office.name = office.org;
          office.role.clear();
          named = &office;
        }
        break;
      }
      if (body && !named) named = sc->discourse.LastOrganisation();
      // "strikes on Hezbollah targets, and the group fired rockets": an armed group named
      // before in this sentence, else the last to act in the two before.
      bool armed = IsWord(toks[head], "group") || IsWord(toks[head], "militia");
      for (size_t k = dictionary_mentions; armed && !named && k-- > 0;) {
        const Mention& m = sc->mentions[k];
        if (m.end <= i && m.actor && !m.person && m.sector == "REB") named = &m;
      }
      const auto& past = sc->discourse.events();
      for (auto it = past.rbegin(); armed && !named && it != past.rend(); ++it) {
        if (sc->discourse.BeforeTopic(*it) || !sc->discourse.Within(*it, 2)) break;
        if (it->source.sector == "REB" && !it->source.person) named = &it->source;
      }
      if (named) {
        Mention copy = *named;  // refer() may move the vector it is in
        refer(copy, i, head + 1, "description");
        i = head;
        continue;
      }
    }
    // "They urged ...", "the leaders discussed": the plural subject of the sentence before.
    // "their governments": two parties joined by "and" earlier in this sentence ("spoke
    // with the Prime Minister of Israel and Lebanon ... their governments accepted") first.
    bool their = IsWord(t, "their");
    // (Not "the governments of El Salvador, Guatemala and Honduras": those named.)
    bool the_leaders = (IsWord(t, "the") || their) && i + 1 < s.end_token &&
                       PluralRoleNouns().contains(toks[i + 1].hash) &&
                       !(i + 2 < s.end_token && IsWord(toks[i + 2], "of"));
    if (the_leaders) {
      std::vector<Mention> members;
      for (size_t k = dictionary_mentions; their && k-- > 1 && members.empty();) {
        const Mention& a = sc->mentions[k - 1];
        const Mention& b = sc->mentions[k];
        if (b.end <= i && a.end + 1 == b.first && IsWord(toks[a.end], "and") && a.actor &&
            b.actor && !SameActor(a, b)) {
          members = {a, b};
        }
      }
      // "The leaders" are no navies or armies (the forces that last acted together).
      auto officials = [&](std::vector<Mention> g) {
        if (their || !IsWord(toks[i + 1], "leaders")) return g;
        for (const Mention& m : g) {
          if (!m.person && m.sector != "GOV" && m.org.empty()) return std::vector<Mention>{};
        }
        return g;
      };
      if (members.empty()) members = officials(sc->discourse.PluralSubjects());
      if (members.size() < 2) members = officials(sc->discourse.RecentParties());
      // A readout calls the same two "the leaders" all through.
      if (members.size() < 2 && !their) members = sc->discourse.Leaders();
      if (!members.empty() && members.size() >= 2) {
        if (!their) sc->discourse.RememberLeaders(members);
        AddGroupMention(members, i, i + 2, "they", sc);
        ++i;
        continue;
      }
    }
    // A sentence opening with "It" and a verb of action: the organisation that acted in the
    // sentence before ("The Council ... condemned ... It also requested ...").
    if (IsWord(t, "it") && i == s.first_token && i + 1 < s.end_token &&
        !BeForms().contains(toks[i + 1].hash)) {
      std::vector<Mention> members = sc->discourse.PluralSubjects();
      if (members.size() == 1 && !members[0].org.empty()) {
        AddGroupMention(members, i, i + 1, "it", sc);
        continue;
      }
      // Or the state that did ("Pakistan closed its airspace ... It also suspended").
      if (const Mention* state = sc->discourse.SubjectState()) {
        AddGroupMention({*state}, i, i + 1, "it", sc);
        continue;
      }
    }
    // "Ukrainian forces say that they have recaptured ...": the speaker named in this
    // sentence, resolved with the speakers (ResolveSpeakers), not the sentence before.
    bool reported = i > s.first_token &&
                    (ReportingVerbs().contains(toks[i - 1].hash) ||
                     (IsWord(toks[i - 1], "that") && i > s.first_token + 1 &&
                      ReportingVerbs().contains(toks[i - 2].hash)));
    if (IsWord(t, "they") && reported && dictionary_mentions > 0 &&
        sc->mentions[0].first < i) {
      continue;
    }
    // ("the coup leaders announced that they had suspended the constitution": a speaker
    // this sentence names, whom no dictionary knows, is not the subjects of the one before.)
    if (IsWord(t, "they") && reported && tagged) {
      bool plural = false;
      for (uint32_t k = s.first_token; k + 1 < i && !plural; ++k) {
        plural = sc->tags[k - s.first_token] == nns_ && !toks[k].is(kCapitalized);
      }
      if (plural) continue;
    }
    if (IsWord(t, "they")) {
      std::vector<Mention> members;
      // "The Secretary and the Foreign Minister discussed ..., and they reaffirmed": the two
      // this sentence opened with.
      // (Either may have been resolved earlier in this loop: "The Secretary".)
      if (sc->mentions.size() >= 2 && i >= s.first_token + 2 && IsWord(toks[i - 1], "and") &&
          toks[i - 2].text == ",") {
        uint32_t start = s.first_token;
        if (IsWord(toks[start], "the")) ++start;
        const Mention* a = nullptr;
        const Mention* b = nullptr;
        for (size_t k = 0; k < sc->mentions.size(); ++k) {
          if (sc->mentions[k].first == start) a = &sc->mentions[k];
        }
        for (size_t k = 0; a && k < sc->mentions.size(); ++k) {
          const Mention& m = sc->mentions[k];
          uint32_t after = a->end + 1;  // past "and"
          if (after < s.end_token && IsWord(toks[after], "the")) ++after;
          if (m.first == after && IsWord(toks[a->end], "and")) b = &m;
        }
        if (a && b && a->actor && b->actor && b->end < i && !SameActor(*a, *b)) {
          members = {*a, *b};
        }
      }
      if (members.empty()) members = sc->discourse.PluralSubjects();
      if (members.empty()) members = sc->discourse.RecentParties();
      if (!members.empty()) {
        // "They wished a speedy recovery ... They paid tribute": a "They" that opens a
        // sentence is its subject, whether or not the sentence codes an act.
        if (i == s.first_token) sc->discourse.RememberSubjects(members);
        AddGroupMention(members, i, i + 1, "they", sc);
        continue;
      }
    }
    // "the three countries", "both sides", "the allies".
    int n = -1;
    uint32_t j = i;
    if (IsWord(t, "both")) {
      n = 2;
      ++j;
    } else if (IsWord(t, "the") && i + 1 < s.end_token) {
      const Token& num = toks[i + 1];
      n = IsWord(num, "two") ? 2 : IsWord(num, "three") ? 3 : IsWord(num, "four") ? 4
          : IsWord(num, "five") ? 5 : IsWord(num, "six") ? 6 : IsWord(num, "seven") ? 7
          : IsWord(num, "eight") ? 8 : IsWord(num, "allies") ? 0 : -1;
      j = n == 0 ? i + 1 : i + 2;
    }
    // "the parties", "all sides", "the warring parties": the parties of the latest mutual
    // event or truce.
    if (n < 0 && (IsWord(t, "the") || IsWord(t, "all") || IsWord(t, "warring"))) {
      uint32_t k = i + 1;
      if (k < s.end_token && (IsWord(toks[k], "the") || IsWord(toks[k], "warring"))) ++k;
      if (k < s.end_token && (IsWord(toks[k], "parties") || IsWord(toks[k], "sides"))) {
        bool elsewhere = PartiesElsewhere(s, sc->discourse.Parties(), dictionary_mentions, *sc);
        if (!sc->discourse.Parties().empty() && !elsewhere) {
          std::vector<Mention> parties = sc->discourse.Parties();
          AddGroupMention(parties, i, k + 1, "parties", sc);
          sc->discourse.RememberParties(std::move(parties));  // named again: recent again
        }
        i = k;
        continue;
      }
    }
    if (n < 0 || j >= s.end_token) continue;
    // "the five African leaders", "the two neighbouring countries": one qualifier.
    if (n > 0 && j + 1 < s.end_token && toks[j].is(kWord) && !GroupNouns().contains(toks[j].hash) &&
        GroupNouns().contains(toks[j + 1].hash)) {
      ++j;
    }
    // "X met Y, and the two agreed to ...": a bare "the two" before its verb is the two
    // people (or the party met "with") the sentence named before it, else the two who just
    // met.
    if (n == 2 && tagged && IsWord(t, "the") && !GroupNouns().contains(toks[j].hash)) {
      uint32_t v = j;
      while (v + 1 < s.end_token && tagger_->Name(sc->tags[v - s.first_token]).substr(0, 2) == "RB") {
        ++v;
      }
      if (!tagger_->IsVerb(sc->tags[v - s.first_token]) && !IsWord(toks[v], "agree")) continue;
      // (People, or the party met "with": not the countries a topic names, "outlined the
      // strategy toward Iran, and the two agreed".)
      std::vector<Mention> two;
      for (size_t k = 0; k < dictionary_mentions; ++k) {
        const Mention& m = sc->mentions[k];
        if (m.first >= i || !m.actor || m.country.empty() || !m.org.empty()) continue;
        bool met = m.person;
        for (uint32_t w = m.first; !met && w > s.first_token && w + 5 > m.first; --w) {
          met = IsWord(toks[w - 1], "with");
        }
        if (!met) continue;
        bool seen = false;
        for (const Mention& x : two) seen |= x.country == m.country;
        if (!seen) two.push_back(m);
      }
      if (two.size() != 2 && sc->discourse.RecentParties().size() == 2) {
        two = sc->discourse.RecentParties();
      }
      if (two.size() == 2) {
        AddGroupMention(two, i, j, "group", sc);
        i = j - 1;
      }
      continue;
    }
    if (n > 0 && !GroupNouns().contains(toks[j].hash)) continue;
    // Exactly n countries named earlier in this sentence come first ("arms transfers from
    // North Korea to Russia, which both governments deny"), then the discourse.
    std::vector<Mention> members;
    for (size_t k = 0; k < dictionary_mentions; ++k) {
      const Mention& m = sc->mentions[k];
      if (m.first >= i || m.country.empty() || !m.org.empty()) continue;
      bool seen = false;
      for (const Mention& x : members) seen |= x.country == m.country;
      if (!seen) members.push_back(m);
    }
    // "X and Y urged both sides to ...": sides are never the speakers themselves.
    bool sides = IsWord(toks[j], "sides") || IsWord(toks[j], "parties");
    bool states = IsWord(toks[j], "countries") || IsWord(toks[j], "states") ||
                  IsWord(toks[j], "nations") || IsWord(toks[j], "governments");
    // "the four leaders who met in Paris - Prime Minister Fayez al-Sarraj, Field Marshal
    // Khalifa Haftar, ...": people the sentence lists after a dash, not a group named before.
    uint32_t dash = j;
    while (dash < s.end_token && !(toks[dash].text == "-" || toks[dash].text == "—" ||
                                   toks[dash].text == ":" || toks[dash].text == "--")) {
      ++dash;
    }
    int later_people = 0;
    for (size_t k = 0; k < dictionary_mentions; ++k) {
      later_people += sc->mentions[k].first > dash && sc->mentions[k].person;
    }
    if (n > 0 && later_people >= std::max(n - 1, 2) &&
        PluralRoleNouns().contains(toks[j].hash)) {
      continue;
    }
    // "Japan has shared information with the United States and the ROK, and will coordinate
    // with both countries": not the subject the sentence opens with.
    if (n > 0 && states && static_cast<int>(members.size()) == n + 1 &&
        members.front().first <= s.first_token + 1) {
      members.erase(members.begin());
    }
    const std::vector<Mention> named_here = members;
    if (n == 0 || sides || static_cast<int>(members.size()) != n) {
      members = sc->discourse.Group(n, states);
    }
    // "Both leaders", "the two ministers": the two who met, or who were "the leaders" before.
    if (n > 0 && PluralRoleNouns().contains(toks[j].hash)) {
      if (static_cast<int>(sc->discourse.RecentParties().size()) == n) {
        members = sc->discourse.RecentParties();
      } else if (static_cast<int>(sc->discourse.Leaders().size()) == n) {
        members = sc->discourse.Leaders();
      } else if (static_cast<int>(sc->discourse.Parties().size()) == n) {
        members = sc->discourse.Parties();  // who met, before the sentences about it
      }
      if (static_cast<int>(members.size()) == n) sc->discourse.RememberLeaders(members);
    }
    // "both sides", "the two parties": the two sides of the conflict or deal, not the last
    // pair named (the mediators praised in between).
    std::string side_a, side_b;
    // "holds talks with Vietnamese President To Lam, after which the two sides sign": the
    // two who met in this sentence, when the sides act.
    bool met_here = false;
    if (sides && tagged && static_cast<int>(named_here.size()) == n && j + 1 < s.end_token) {
      uint32_t v = j + 1;
      while (v + 1 < s.end_token && tagger_->Name(sc->tags[v - s.first_token]) == "RB") ++v;
      // (A plural present may be read as a noun: "the two sides sign/NN".)
      const uint8_t tag = sc->tags[v - s.first_token];
      if (tagger_->IsVerb(tag) || tagger_->Name(tag) == "NN") {
        for (uint32_t w = s.first_token; w < i && !met_here; ++w) {
          met_here = NegotiationNouns().contains(toks[w].hash) || IsWord(toks[w], "met") ||
                     IsWord(toks[w], "meets");
        }
      }
    }
    if (met_here) {
      members = named_here;
    } else if (sides && static_cast<int>(sc->discourse.Parties().size()) == n) {
      members = sc->discourse.Parties();
    } else if (sides && n == 2) {
      // Else the two sides of the last fight or break of relations ("Riyadh cut ties with
      // Tehran ... urged both sides").
      bool found = sc->discourse.LastConflict(3, &side_a, &side_b);
      const auto& past = sc->discourse.events();
      for (auto it = past.rbegin(); !found && it != past.rend() && it - past.rbegin() < 8; ++it) {
        if (it->cameo == "161" && !it->source_country.empty() && !it->target_country.empty() &&
            it->source_country != it->target_country) {
          side_a = it->source_country;
          side_b = it->target_country;
          found = true;
        }
      }
      if (found) {
        members.clear();
        for (const std::string* c : {&side_a, &side_b}) {
          members.push_back(CountryMention(*c, "", 0, 0, ""));
        }
      }
    }
    // "China ... urges both countries to act": not the speaker, but the two sides of the
    // conflict just reported.
    if (n == 2 && !PluralRoleNouns().contains(toks[j].hash) && dictionary_mentions > 0 &&
        sc->mentions[0].first < i &&
        std::any_of(members.begin(), members.end(),
                    [&](const Mention& m) { return m.country == sc->mentions[0].country; }) &&
        sc->discourse.LastConflict(8, &side_a, &side_b) &&
        side_a != sc->mentions[0].country && side_b != sc->mentions[0].country) {
      members.clear();
      for (const std::string* c : {&side_a, &side_b}) {
        members.push_back(CountryMention(*c, "", 0, 0, ""));
      }
    }
    // "The UN Support Mission in Libya calls on both sides": the sides of the country the
    // sentence is in, not the last pair told (in a digest, another story's). (Not when
    // someone of that country acts here: "holds talks in Hanoi with To Lam".)
    if (sides && !members.empty()) {
      const std::string scene = SentenceCountry(s, *sc);
      auto of_scene = [&](const Mention& m) { return m.country == scene; };
      if (!scene.empty() && std::none_of(members.begin(), members.end(), of_scene) &&
          std::none_of(sc->mentions.begin(), sc->mentions.begin() + dictionary_mentions,
                       [&](const Mention& m) {
                         return m.actor && (m.person || !m.sector.empty()) && of_scene(m);
                       })) {
        members.clear();
      }
    }
    // "X met Y ... The two leaders agreed": the two sides of the meeting.
    if (members.empty() && static_cast<int>(sc->discourse.RecentParties().size()) == n) {
      members = sc->discourse.RecentParties();
    }
    // "appealed to both countries for maximum military restraint": the two at war.
    if (members.empty() && n == 2 && (states || IsWord(toks[j], "neighbours") ||
                                      IsWord(toks[j], "neighbors")) &&
        sc->discourse.LastConflict(8, &side_a, &side_b)) {
      for (const std::string* c : {&side_a, &side_b}) {
        members.push_back(CountryMention(*c, "", 0, 0, ""));
      }
    }
    if (members.empty()) continue;
    AddGroupMention(members, i, j + 1, "group", sc);
    i = j;
  }
}

// Coordinated mentions around `mention`: "South Korea, Japan, and the United States". A
// list's last link holds "and" or "or"; links that are bare commas only count before it, so
// an appositive ("the envoy for Sudan, Donald Booth,") is not a list.
std::vector<int> CoderImpl::Coordinated(int mention, bool backward, const SentenceSpan& s,
                                        const Scratch& sc) const {
  const auto& toks = sc.tokens;
  const int64_t first = s.first_token, end = s.end_token;
  auto mention_at = [&](int64_t t) { return t >= first && t < end ? sc.mention_at[t - first] : -1; };
  // Steps from one member to the next; returns the next member and whether the link between
  // them holds "and"/"or", or -1.
  // "Yemen's Government, backed by a Saudi-led coalition, and Houthi rebels": the agent of
  // a participle set off by commas is not a member; the noun before it is.
  auto participle_agent = [&](int m) -> int64_t {  // the comma before the participle, or -1
    if (sc.tags.size() != static_cast<size_t>(end - first)) return -1;  // not tagged
    int64_t b = static_cast<int64_t>(sc.mentions[m].first) - 1;
    if (b >= first && Determiners().contains(toks[b].hash)) --b;
    bool agent = b - 2 >= first && IsWord(toks[b], "by") &&
                 tagger_->Name(sc.tags[b - 1 - first]) == "VBN" && toks[b - 2].text == ",";
    return agent ? b - 2 : -1;
  };
  auto finite = [&](uint8_t t) { return t == vbd_ || t == vbz_ || t == vbp_ || t == md_; };
  auto step = [&](int cur, bool* has_and) -> int {
    *has_and = false;
    if (!backward && participle_agent(cur) >= 0) return -1;
    int dir = backward ? -1 : 1;
    int64_t k = backward ? static_cast<int64_t>(sc.mentions[cur].first) - 1 : sc.mentions[cur].end;
    // "and the eastern-based Libyan government": a hyphened qualifier before the member.
    if (backward && k > first && toks[k].is(kWord) && !toks[k].is(kCapitalized) &&
        toks[k].text.find('-') != std::string_view::npos && IsWord(toks[k - 1], "the")) {
      --k;
    }
    // "and the three main opposition leaders": a count and qualifiers after "the".
    const bool tagged = sc.tags.size() == static_cast<size_t>(end - first);
    auto qualifier = [&](int64_t at) {
      if (!tagged || at < first || at >= end || mention_at(at) >= 0 || !toks[at].is(kWord) ||
          toks[at].is(kCapitalized)) {
        return false;
      }
      std::string_view penn = tagger_->Name(sc.tags[at - first]);
      return penn == "CD" || penn == "JJ";
    };
    if (backward) {
      int64_t q = k;
      while (q > first && k - q < 3 && qualifier(q)) --q;
      if (q < k && q >= first && IsWord(toks[q], "the")) k = q;
    }
    if (backward && k >= first && IsWord(toks[k], "the")) --k;
    // "The United Kingdom, Canada and the member states of the European Union": a body's
    // members, or leaders, in a list are one of its members.
    if (backward && k - 2 > first && IsWord(toks[k], "of") && mention_at(k - 1) < 0) {
      int64_t head = k - 1;
      if (IsWord(toks[head], "states") && IsWord(toks[head - 1], "member")) --head;
      if (MemberNouns().contains(toks[k - 1].hash) || head < k - 1) {
        k = head - 1;
        if (k >= first && IsWord(toks[k], "the")) --k;
      }
    }
    // "UN staff and Somali soldiers": the people of a member are that member.
    if (!backward && k < end && AgentNouns().contains(toks[k].hash) && mention_at(k) < 0) ++k;
    // "the Economic Community of West African States (ECOWAS) and the African Union": past
    // the member's abbreviation.
    auto past_abbreviation = [&](int64_t at) {
      if (backward && at - 2 > first && toks[at].text == ")" && toks[at - 2].text == "(") {
        return at - 3;
      }
      if (!backward && at + 2 < end && toks[at].text == "(" && toks[at + 2].text == ")") {
        return at + 3;
      }
      return at;
    };
    if (!backward) k = past_abbreviation(k);
    int conj = 0;
    bool comma = false;
    while (k >= first && k < end && conj < 2 &&
           (IsWord(toks[k], ",") || IsWord(toks[k], "and") || IsWord(toks[k], "or"))) {
      *has_and |= !IsWord(toks[k], ",");
      comma |= IsWord(toks[k], ",");
      k += dir, ++conj;
    }
    // "Germany, as well as France"; "the United Kingdom, together with the United States,".
    if (!backward && conj < 2 && k + 3 < end && IsWord(toks[k], "as") &&
        IsWord(toks[k + 1], "well") && IsWord(toks[k + 2], "as")) {
      *has_and = true;
      k += 3, ++conj;
    } else if (!backward && conj == 1 && k + 2 < end && IsWord(toks[k + 1], "with") &&
               (IsWord(toks[k], "together") || IsWord(toks[k], "along"))) {
      *has_and = true;
      k += 2, ++conj;
    } else if (backward && conj == 0 && k - 2 > first && IsWord(toks[k], "with") &&
               (IsWord(toks[k - 1], "together") || IsWord(toks[k - 1], "along")) &&
               toks[k - 2].text == ",") {
      *has_and = true;
      k -= 3, ++conj;
    }
    if (conj == 0) return -1;
    // "the engagement of the European Union and of the United States": the preposition
    // said again.
    if (!backward && k + 1 < end && Prepositions().contains(toks[k].hash)) {
      int64_t b = static_cast<int64_t>(sc.mentions[cur].first) - 1;
      // ("to the Federal Government of Somalia and to the African Union": past the words
      // of the name the member's mention leaves out.)
      while (b > first && sc.mentions[cur].first - b < 4 && mention_at(b) < 0 &&
             toks[b].is(kWord) && toks[b].is(kCapitalized) && !IsWord(toks[b], "the")) {
        --b;
      }
      if (b >= first && IsWord(toks[b], "the")) --b;
      if (b >= first && toks[b].hash == toks[k].hash) ++k;
    }
    if (backward && k >= first) k = past_abbreviation(k);
    if (!backward && k < end && IsWord(toks[k], "the")) {
      ++k;
      int64_t q = k;
      while (q < end && q - k < 3 && qualifier(q)) ++q;
      if (q > k && q < end && mention_at(q) >= 0) k = q;
    }
    if (!backward && k + 1 < end && toks[k].is(kWord) && !toks[k].is(kCapitalized) &&
        toks[k].text.find('-') != std::string_view::npos && mention_at(k) < 0 &&
        IsWord(toks[k - 1], "the")) {
      ++k;
    }
    if (backward && k > first && AgentNouns().contains(toks[k].hash) && mention_at(k) < 0) --k;
    int next = mention_at(k);
    if (next < 0) return -1;
    bool touches = backward ? sc.mentions[next].end == static_cast<uint32_t>(k) + 1
                            : sc.mentions[next].first == static_cast<uint32_t>(k);
    if (!touches) return -1;
    if (int64_t comma = backward ? participle_agent(next) : -1; comma >= 0) {
      int before = mention_at(comma - 1);
      return before >= 0 && sc.mentions[before].end == static_cast<uint32_t>(comma) ? before : -1;
    }
    // "arrested about 40 people, and President Hassan Rouhani condemned the attack": after
    // a verb's object, ", and" and a name with its own verb open a new clause.
    // (Walking back from that name, the same link ends the list.)
    const Mention& later = sc.mentions[backward ? mention : next];
    const Mention& earlier = sc.mentions[backward ? next : mention];
    if (comma && *has_and && tagged && later.end < end && finite(sc.tags[later.end - first])) {
      for (int64_t b = static_cast<int64_t>(earlier.first) - 1;
           b >= first && !IsHardBoundary(toks[b]) && toks[b].text != ","; --b) {
        if (finite(sc.tags[b - first])) return -1;
      }
    }
    // "After talks in Moscow, Armenia and Azerbaijan agree": the place of an opening phrase
    // is no first member of the list after its comma. (A digest's "Topic: " comes first.)
    if (backward && comma && !*has_and && tagged) {
      int64_t b = static_cast<int64_t>(earlier.first) - 1;
      if (b > first && IsWord(toks[b], "the")) --b;
      int64_t open = first;
      for (int64_t v = first; v < b; ++v) {
        if (toks[v].text == ":") open = v + 1;
      }
      bool verb = false;
      for (int64_t v = open; v < b; ++v) {  // ("talks mediated by": no verb of its own)
        verb |= finite(sc.tags[v - first]) && !IsWord(toks[v + 1], "by");
      }
      // ("On Sunday, donors including France, Britain and Qatar": "including" opens the list.)
      if (b > open && Prepositions().contains(toks[b].hash) && !IsWord(toks[b], "including") &&
          !verb && (Prepositions().contains(toks[open].hash) ||
           AdverbialSubordinators().contains(toks[open].hash))) {
        return -1;
      }
    }
    return next;
  };
  std::vector<int> group = {mention};
  std::vector<bool> links;
  for (int cur = mention, guard = 0; guard < 12; ++guard) {
    bool has_and = false;
    int next = step(cur, &has_and);
    if (next < 0) break;
    group.push_back(next);
    links.push_back(has_and);
    cur = next;
  }
  if (backward) {
    // Walking back from the last member, the first link must be the "and".
    if (links.empty() || !links[0]) return {mention};
    size_t keep = 1;
    while (keep < group.size() && (keep == 1 || !links[keep - 1])) ++keep;
    // "mediated by Qatar, Egypt and the United States, Israel and Hamas agreed": a second
    // "and" further back closes another list, which the member after it ends.
    if (keep >= 3 && keep < group.size()) --keep;
    group.resize(keep);
    std::reverse(group.begin(), group.end());
    // "On Ukraine, the Secretary and the Foreign Minister condemned": a preposition's object
    // set off by a comma opens the sentence, not the list.
    const Mention& lead = sc.mentions[group.front()];
    int64_t b = static_cast<int64_t>(lead.first) - 1;
    if (b >= first && IsWord(toks[b], "the")) --b;
    if (group.size() >= 2 && !lead.person && b == first && Prepositions().contains(toks[b].hash) &&
        lead.end < end && toks[lead.end].text == ",") {
      group.erase(group.begin());
    }
  } else {
    // Walking forward, keep members up to the link that holds the "and".
    size_t last_and = 0;
    for (size_t i = 0; i < links.size(); ++i) {
      if (links[i]) {
        last_and = i + 1;
        break;
      }
    }
    group.resize(last_and + 1);
  }
  return group;
}

// The mention that is the subject of the verb at `anchor`, or -1. Walking left: skip the
// verb group (adverbs, auxiliaries, modals, negation); then the next thing must be a
// mention, a parenthetical or appositive set off by commas, a relative pronoun, or "and"
// joining this verb to an earlier one (whose subject is then taken). A plain noun or a
// pronoun there means the subject is not a known actor: no guess.
int64_t CoderImpl::JourneyBefore(const SentenceSpan& s, uint32_t anchor, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  const int64_t first = s.first_token;
  if (anchor < first + 3 || !IsWord(toks[anchor - 1], "to") ||
      tagger_->Name(sc.tags[anchor - first]) != "VB") {
    return -1;
  }
  for (int64_t k = int64_t{anchor} - 2; k >= first && k + 16 > anchor; --k) {
    // "summons Morocco's ambassador, Karima Benyaich, to express": past a name in commas.
    bool aside = toks[k].text == "," && k > first &&
                 (sc.mention_at[k - 1 - first] >= 0 || toks[k - 1].is(kCapitalized));
    if (IsHardBoundary(toks[k]) || (toks[k].text == "," && !aside)) break;
    if (sc.mention_at[k - first] >= 0 || aside) continue;
    bool verb = tagger_->IsVerb(sc.tags[k - first]);
    // A summons is for the summoner's purpose: "summoned the ambassador to protest".
    bool summons = toks[k].text.starts_with("summon");
    if (verb && (TravelVerbs().contains(toks[k].hash) || summons)) return k;
    if (verb) break;
  }
  return -1;
}

int CoderImpl::PluralOfPhraseHead(const SentenceSpan& s, int64_t last, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  const int64_t first = s.first_token;
  auto mention_at = [&](int64_t j) { return sc.mention_at[j - first]; };
  if (last <= first + 2 || !tagger_->IsNoun(sc.tags[last - first]) || IsPlural(toks[last])) {
    return -1;
  }
  int64_t k = last;  // back over the phrase's noun and its modifiers
  while (k > first && k + 3 > last && mention_at(k - 1) < 0 &&
         (tagger_->IsNoun(sc.tags[k - 1 - first]) || tagger_->IsAdjective(sc.tags[k - 1 - first]))) {
    --k;
  }
  if (k > first && IsWord(toks[k - 1], "the")) --k;
  if (k <= first + 1 || !IsWord(toks[k - 1], "of") || !IsPlural(toks[k - 2])) return -1;
  const int64_t head = k - 2;
  if (mention_at(head) >= 0) return mention_at(head);
  // "Thousands of supporters of": the head of the head.
  if (head > first + 1 && IsWord(toks[head - 1], "of")) return mention_at(head - 2);
  return -1;
}

int CoderImpl::FindSubject(const SentenceSpan& s, uint32_t anchor, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  const int64_t first = s.first_token;
  auto tag_of = [&](int64_t j) { return sc.tags[j - first]; };
  auto mention_at = [&](int64_t j) { return sc.mention_at[j - first]; };
  auto skip_verb_group = [&](int64_t j) {
    bool after_to = false;  // "continue to develop": the catenative verb is skipped too
    bool after_day = false;  // "on Monday": the preposition too
    bool after_step = false;  // "taking steps to": the verb that takes them too
    while (j >= first && mention_at(j) < 0) {
      std::string_view penn = tagger_->Name(tag_of(j));
      const Token& t = toks[j];
      // "reserves the right to take", "has the right to respond": the right claimed, and
      // the verb that claims it.
      if (after_to && IsWord(t, "right") && j - 2 >= first && IsWord(toks[j - 1], "the") &&
          mention_at(j - 2) < 0 &&
          (HaveForms().contains(toks[j - 2].hash) || toks[j - 2].text.starts_with("reserve") ||
           toks[j - 2].text.starts_with("retain"))) {
        j -= 3;
        after_to = false;
        continue;
      }
      bool aux = BeForms().contains(t.hash) || AuxiliaryWords().contains(t.hash) ||
                 CopulaVerbs().contains(t.hash);
      // "is keen to assist", "stands ready to support": an adjective of intent before "to";
      // "is taking steps to impose": the steps.
      bool catenative = (after_to && (penn.substr(0, 2) == "VB" ||
                                      ReadinessWords().contains(t.hash) ||
                                      StepNouns().contains(t.hash))) ||
                        (after_step && penn.substr(0, 2) == "VB") ||
                        // "will keep providing", "began shelling": a verb of aspect before
                        // the act's gerund.
                        (j + 1 == int64_t{anchor} && AspectVerbs().contains(t.hash) &&
                         tagger_->Name(tag_of(anchor)) == "VBG") ||
                        // "ready to help bring": "help" before a bare infinitive (one
                        // the tagger may read as a noun: "helped detain").
                        (j + 1 == int64_t{anchor} && HelpVerbs().contains(t.hash) &&
                         (tagger_->Name(tag_of(anchor)) == "VB" ||
                          tagger_->Name(tag_of(anchor)) == "NN"));
      // "The Security Council today authorized", "the army last week withdrew", "which on
      // Monday condemned", "on 30 August", "on August 30".
      bool day = Weekdays().contains(t.hash) || Months().contains(t.hash) ||
                 (penn == "CD" &&
                  (after_day || (j > first && Months().contains(toks[j - 1].hash))));
      bool when = (TimeNouns().contains(t.hash) && !t.is(kCapitalized)) || day;
      bool on_day = after_day && (IsWord(t, "on") || IsWord(t, "in"));
      bool since = IsWord(t, "since") && j > first && HaveForms().contains(toks[j - 1].hash);
      // "have all condemned", "have both agreed": a quantifier floated into the verb group.
      bool floated = (IsWord(t, "all") || IsWord(t, "both") || IsWord(t, "each")) && j > first &&
                     (AuxiliaryWords().contains(toks[j - 1].hash) ||
                      BeForms().contains(toks[j - 1].hash) || HaveForms().contains(toks[j - 1].hash));
      // ('was "deeply shocked" by': over a quotation mark that opens the verb.)
      const bool quote = t.text == "\"" && j > first && BeForms().contains(toks[j - 1].hash);
      if (penn.substr(0, 2) == "RB" || penn == "MD" || aux || catenative || when || on_day ||
          since || floated || quote || NegationCues().contains(t.hash)) {
        after_step = after_to && StepNouns().contains(t.hash);
        // "decided on Wednesday to withdraw": the time between the verb and its "to".
        after_to = IsWord(t, "to") || (after_to && (when || on_day));
        after_day = day;
        --j;
      } else {
        break;
      }
    }
    return j;
  };
  // "thanked Peru for hosting the Assembly", "commended Egypt for brokering the truce": the
  // one thanked or blamed did it.
  if (anchor > first + 2 && IsWord(toks[anchor - 1], "for") &&
      tagger_->Name(tag_of(anchor)) == "VBG" && mention_at(anchor - 2) >= 0) {
    int m = mention_at(anchor - 2);
    int64_t verb = int64_t{sc.mentions[m].first} - 1;
    if (verb >= first && IsWord(toks[verb], "the")) --verb;
    if (verb >= first && tagger_->IsVerb(tag_of(verb)) && sc.mentions[m].actor) return m;
  }
  // "Lukashenko said Belarus and Russia had agreed to deploy forces, accusing Kyiv of ...": a
  // participle of saying after a reported clause is the reporter's, not the clause's.
  static const WordSet saying(std::array{
      "accusing", "urging", "calling", "saying", "warning", "blaming", "adding", "insisting",
      "demanding", "claiming", "stressing", "noting", "denouncing", "condemning",
      "criticising", "criticizing", "describing", "asking", "appealing", "vowing"});
  if (anchor > first + 4 && toks[anchor - 1].text == "," && saying.contains(toks[anchor].hash)) {
    auto finite = [&](int64_t x) {
      std::string_view p = tagger_->Name(tag_of(x));
      return mention_at(x) < 0 && (p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD");
    };
    int64_t v = int64_t{anchor} - 2;
    while (v > first && anchor - v < 25 && !IsHardBoundary(toks[v]) && !finite(v)) --v;
    int clause = v > first && !IsHardBoundary(toks[v])
                     ? FindSubject(s, static_cast<uint32_t>(v), sc)
                     : -1;
    if (clause >= 0) clause = Coordinated(clause, /*backward=*/true, s, sc).front();
    int64_t r = clause >= 0 ? int64_t{sc.mentions[clause].first} - 1 : first;
    if (r > first && IsWord(toks[r], "that")) --r;
    if (r > first && mention_at(r) < 0 && ReportingVerbs().contains(toks[r].hash) &&
        tagger_->IsVerb(tag_of(r))) {
      int reporter = FindSubject(s, static_cast<uint32_t>(r), sc);
      if (reporter >= 0) return reporter;
    }
  }
  // "Ebrard, who spent three days negotiating", "López Obrador, who had written to Trump
  // urging dialogue": a participle in a relative clause is the antecedent's act.
  if (tagger_->Name(tag_of(anchor)) == "VBG") {
    for (int64_t k = int64_t{anchor} - 2; k > first + 1 && k + 12 > int64_t{anchor}; --k) {
      if (IsHardBoundary(toks[k]) || toks[k].text == ",") break;
      if (!IsWord(toks[k], "who")) continue;
      const int antecedent = toks[k - 1].text == "," ? mention_at(k - 2) : -1;
      if (antecedent >= 0 && sc.mentions[antecedent].actor) return antecedent;
      break;
    }
  }
  // A purpose infinitive after a journey is the traveller's act: "travels to Paris to meet
  // President Macron", "arrived in Cairo on Monday to hold talks with".
  if (int64_t journey = JourneyBefore(s, anchor, sc); journey >= 0) {
    return FindSubject(s, static_cast<uint32_t>(journey), sc);
  }
  // "police used water cannon to disperse protesters": the purpose is the means' user's.
  if (anchor > first + 3 && IsWord(toks[anchor - 1], "to") &&
      tagger_->Name(tag_of(anchor)) == "VB") {
    for (int64_t k = int64_t{anchor} - 2; k > first && k + 8 > int64_t{anchor}; --k) {
      if (mention_at(k) >= 0 || IsHardBoundary(toks[k]) || toks[k].text == ",") break;
      if (!tagger_->IsVerb(tag_of(k))) continue;
      if (k + 2 < int64_t{anchor} && MeansVerbs().contains(toks[k].hash)) {
        return FindSubject(s, static_cast<uint32_t>(k), sc);
      }
      break;
    }
  }
  // "ordered his trade minister to raise tariffs", "orders the army to stop firing": an act
  // ordered of one's own officials or forces, named by no actor, is the commander's.
  if (anchor > first + 3 && IsWord(toks[anchor - 1], "to") &&
      tagger_->Name(tag_of(anchor)) == "VB") {
    int64_t k = int64_t{anchor} - 2;
    bool own = false;
    while (k > first && k + 6 > int64_t{anchor} && mention_at(k) < 0 &&
           (tagger_->IsNoun(tag_of(k)) || tagger_->IsAdjective(tag_of(k)))) {
      --k;
    }
    if (k > first && k + 2 < int64_t{anchor} && mention_at(k) < 0 &&
        (IsWord(toks[k], "his") || IsWord(toks[k], "her") || IsWord(toks[k], "its") ||
         IsWord(toks[k], "their") || IsWord(toks[k], "the"))) {
      own = true;
      --k;
    }
    static const WordSet commanding(std::array{"order", "orders", "ordered", "ordering",
                                               "instruct", "instructs", "instructed",
                                               "instructing", "direct", "directs", "directed",
                                               "directing"});
    if (own && k >= first && commanding.contains(toks[k].hash) && tagger_->IsVerb(tag_of(k))) {
      return FindSubject(s, static_cast<uint32_t>(k), sc);
    }
  }
  // "..., prompting Ukraine to put its army on alert", "forced Kyiv to withdraw": what a
  // party is made to do is its own act.
  if (anchor > first + 3 && IsWord(toks[anchor - 1], "to") &&
      tagger_->Name(tag_of(anchor)) == "VB" && mention_at(anchor - 2) >= 0 &&
      sc.mentions[mention_at(anchor - 2)].actor) {
    static const WordSet causing(std::array{"prompt", "force", "lead", "cause", "compel",
                                            "push", "spur", "drive", "persuade", "convince",
                                            "oblige"});
    int64_t v = int64_t{sc.mentions[mention_at(anchor - 2)].first} - 1;
    if (v > first && IsWord(toks[v], "the")) --v;
    if (v >= first && tagger_->IsVerb(tag_of(v)) &&
        causing.contains(sc.lex[v - first].lemma_hash)) {
      return mention_at(anchor - 2);
    }
  }
  // "the decision of the Peace and Security Council today to suspend Mali": the one whose
  // decision or pledge it is.
  if (anchor > first + 3 && IsWord(toks[anchor - 1], "to")) {
    for (int64_t p = int64_t{anchor} - 2; p > first && p + 14 > int64_t{anchor}; --p) {
      if (IsHardBoundary(toks[p]) || (mention_at(p) < 0 && tagger_->IsVerb(tag_of(p)))) break;
      if (!PledgeNouns().contains(toks[p].hash) || !IsWord(toks[p + 1], "of")) continue;
      int64_t at = IsWord(toks[p + 2], "the") ? p + 3 : p + 2;
      if (at < int64_t{anchor} && mention_at(at) >= 0 && sc.mentions[mention_at(at)].actor) {
        return Coordinated(mention_at(at), /*backward=*/false, s, sc).back();  // read back
      }
      break;
    }
  }
  // "Macron became the first foreign leader to visit Beirut", "Japan was the only country to
  // vote against": the act of the one the copula describes.
  if (anchor > first + 4 && IsWord(toks[anchor - 1], "to")) {
    int64_t k = int64_t{anchor} - 2;
    while (k > first + 2 && k + 7 > int64_t{anchor} && mention_at(k) < 0 &&
           (tagger_->IsNoun(tag_of(k)) || tagger_->IsAdjective(tag_of(k)))) {
      --k;
    }
    static const WordSet ordinals(std::array{"first", "last", "only", "second", "third",
                                             "latest"});
    if (k + 1 < int64_t{anchor} - 1 && ordinals.contains(toks[k + 1].hash) && IsWord(toks[k], "the") &&
        (BeForms().contains(toks[k - 1].hash) || CopulaVerbs().contains(toks[k - 1].hash))) {
      return FindSubject(s, static_cast<uint32_t>(k - 1), sc);
    }
  }
  int64_t j = skip_verb_group(static_cast<int64_t>(anchor) - 1);
  // "France and Germany, along with the European Union, called on": past an aside that
  // joins others to the subject.
  if (j > first + 3 && toks[j].text == ",") {
    for (int64_t r = j - 1; r > first + 1 && j - r < 12; --r) {
      if (IsHardBoundary(toks[r])) break;
      if (toks[r].text != ",") continue;
      bool joined = ((IsWord(toks[r + 1], "along") || IsWord(toks[r + 1], "together")) &&
                     IsWord(toks[r + 2], "with")) ||
                    IsWord(toks[r + 1], "alongside") ||
                    (IsWord(toks[r + 1], "as") && IsWord(toks[r + 2], "well") &&
                     IsWord(toks[r + 3], "as"));
      if (joined) j = r - 1;
      break;
    }
  }
  // The noun a relative pronoun stands for, or -1: "Guaido, who", "the National Liberation
  // Army (ELN), which", "the rebels who".
  auto antecedent = [&](int64_t rel) -> int64_t {
    int64_t a = rel - 1;
    if (a > first && toks[a].text == ",") --a;
    if (a > first + 1 && toks[a].text == ")") {  // past an abbreviation in brackets
      int64_t open = a - 1;
      while (open > first && a - open < 6 && toks[open].text != "(") --open;
      if (toks[open].text == "(") a = open - 1;
    }
    if (a < first || mention_at(a) < 0) return -1;
    // "Houthi forces in Yemen, which": the forces, not the place they are in.
    const Mention& m = sc.mentions[mention_at(a)];
    int64_t b = int64_t{m.first} - 2;
    if (b >= first && m.sector.empty() && !m.person && m.org.empty() &&
        LocativePrepositions().contains(toks[b + 1].hash) && mention_at(b) >= 0 &&
        sc.mentions[mention_at(b)].actor) {
      return b;
    }
    return a;
  };
  // "Guaido, who crossed into Colombia on Friday, meets Duque": the subject of a verb in a
  // relative clause is the noun the pronoun stands for.
  if (j > first && (IsWord(toks[j], "who") || IsWord(toks[j], "which"))) {
    // (Not a preposition's object: "the explosion in a village near the border with
    // Ukraine, which killed"; those are read below.)
    // "pressure from Beijing, which closed the border crossings", "sanctions against Russia,
    // which responded": a party named as the one acting or acted against may be.
    int64_t a = antecedent(j);
    const Mention* m = a >= 0 ? &sc.mentions[mention_at(a)] : nullptr;
    auto barred = [&](const Token& p) {
      return Prepositions().contains(p.hash) &&
             !(toks[j - 1].text == "," &&
               (IsWord(p, "from") || IsWord(p, "by") || IsWord(p, "against") || IsWord(p, "to")));
    };
    if (m && m->actor && m->first > first && !barred(toks[m->first - 1]) &&
        !(m->first > first + 1 && IsWord(toks[m->first - 1], "the") &&
          barred(toks[m->first - 2]))) {
      return mention_at(a);
    }
  } else if (j > first + 3 && toks[j].text == ",") {
    // "The United States, which counts Saudi Arabia as a close ally, urged": past a
    // relative clause set off by commas, to the noun it describes.
    for (int64_t r = j - 1; r > first + 1 && j - r < 45; --r) {
      if (IsHardBoundary(toks[r])) break;
      // ("Kobakhidze, whose party was declared the winner ..., accused": "whose" too.)
      if (!(IsWord(toks[r], "who") || IsWord(toks[r], "which") || IsWord(toks[r], "whose")) ||
          toks[r - 1].text != ",") {
        continue;
      }
      if (int64_t a = antecedent(r); a >= 0) j = a;
      break;
    }
  }
  // "Hady Amr, the US Deputy Assistant Secretary of State, arrives": a name the dictionary
  // lacks is the office its apposition names.
  if (j > first + 4 && toks[j].text == "," && mention_at(j) < 0) {
    for (int64_t r = j - 1; r > first && j - r < 25; --r) {
      std::string_view penn = tagger_->Name(tag_of(r));
      if (IsHardBoundary(toks[r]) ||
          (mention_at(r) < 0 && (penn == "VBD" || penn == "VBZ" || penn == "VBP"))) {
        break;
      }
      if (toks[r].text != ",") continue;
      int64_t at = r + 1;
      // ("Song Tao, head of the International Department of the Chinese Communist Party,".)
      bool head = !toks[at].is(kCapitalized) && tagger_->IsNoun(tag_of(at)) &&
                  IsWord(toks[at + 1], "of");
      if (!(IsWord(toks[at], "the") || IsWord(toks[at], "a") || IsWord(toks[at], "an") || head)) {
        break;
      }
      ++at;
      // The name before: capitalized words no entry covers.
      bool name = toks[r - 1].is(kCapitalized) && toks[r - 1].is(kWord) && mention_at(r - 1) < 0;
      // The office's first party, before any "for" or "on" phrase.
      while (name && at < j && mention_at(at) < 0 &&
             (!Prepositions().contains(toks[at].hash) || IsWord(toks[at], "of"))) {
        ++at;
      }
      if (name && at < j && mention_at(at) >= 0 && sc.mentions[mention_at(at)].actor) {
        return mention_at(at);
      }
      break;
    }
  }
  // "Thousands of supporters of the junta rally": past the "of" phrase that ends the
  // subject, to its plural head's actor.
  if (j > first && mention_at(j) < 0) {
    if (int head = PluralOfPhraseHead(s, j, sc); head >= 0 && sc.mentions[head].actor) return head;
  }
  // "Turkish airstrikes kill 12 militants", "Russian shelling hit Kharkiv": the attacker's
  // adjective on the weapon is the subject.
  // "a US drone strike in Nangarhar Province kills", "an Israeli strike on a house in the
  // Shati camp kills": past the attack's place or object.
  int64_t weapon = j;
  const bool named_weapon = j > first && AttackNouns().contains(toks[j].hash);
  for (int64_t k = j - 1; !named_weapon && k > first + 1 && k + 12 > j; --k) {
    int m = mention_at(k);
    if (IsHardBoundary(toks[k]) || toks[k].text == "," || tagger_->IsVerb(tag_of(k)) ||
        (m >= 0 && sc.mentions[m].actor && sc.mentions[m].via != "place" &&
         !sc.mentions[m].capital && !sc.mentions[m].sector.empty())) {
      break;
    }
    if (AttackNouns().contains(toks[k].hash) && m < 0 &&
        (LocativePrepositions().contains(toks[k + 1].hash) || IsWord(toks[k + 1], "on") ||
         IsWord(toks[k + 1], "against"))) {
      weapon = k;
      break;
    }
  }
  if (weapon > first && mention_at(weapon) < 0 && AttackNouns().contains(toks[weapon].hash) &&
      mention_at(weapon - 1) >= 0) {
    const Mention& by = sc.mentions[mention_at(weapon - 1)];
    if (by.end == weapon && (by.demonym || (by.sector == "MIL" && !by.person))) {
      return mention_at(weapon - 1);
    }
  }
  // "The Afghan Defence Ministry says air strikes killed 30 Taliban fighters": strikes no
  // one is named to make, reported by a state's ministry or forces, are its own.
  // (Air strikes only: shelling a state reports is more often the enemy's, on its land.)
  const bool air_strikes = j >= first &&
                           (IsWord(toks[j], "airstrikes") || IsWord(toks[j], "airstrike") ||
                            ((IsWord(toks[j], "strikes") || IsWord(toks[j], "strike")) &&
                             j > first && IsWord(toks[j - 1], "air")));
  if (j > first + 1 && mention_at(j) < 0 && air_strikes) {
    int64_t k = j - 1;
    if (IsWord(toks[k], "air")) --k;
    if (k > first && IsWord(toks[k], "that")) --k;
    if (k > first && mention_at(k) < 0 && ReportingVerbs().contains(toks[k].hash)) {
      int reporter = FindSubject(s, static_cast<uint32_t>(k), sc);
      if (reporter >= 0 && sc.mentions[reporter].org.empty() &&
          (sc.mentions[reporter].sector == "GOV" || sc.mentions[reporter].sector == "MIL")) {
        return reporter;
      }
    }
  }
  // "filed a case at the ICJ accusing Israel of genocide", "issued a statement blaming
  // X": an accusation in a participle right after the main clause is its subject's.
  if (j > first && tagger_->Name(tag_of(anchor)) == "VBG" &&
      AccusingVerbs().contains(toks[anchor].hash) &&
      (mention_at(j) >= 0 || tagger_->IsNoun(tag_of(j)))) {
    for (int64_t k = j; k >= first && !IsHardBoundary(toks[k]) && toks[k].text != ","; --k) {
      std::string_view penn = tagger_->Name(tag_of(k));
      if (mention_at(k) < 0 && (penn == "VBD" || penn == "VBZ" || penn == "VBP")) {
        return FindSubject(s, static_cast<uint32_t>(k), sc);
      }
    }
  }
  // An instrument's participle is its issuer's act: "signed decrees annexing four regions",
  // "adopted a resolution condemning the attack".
  if (j > first && tagger_->Name(tag_of(anchor)) == "VBG" && mention_at(j) < 0 &&
      InstrumentNouns().contains(toks[j].hash)) {
    for (int64_t k = j - 1; k >= first && k + 6 > j && !IsHardBoundary(toks[k]); --k) {
      std::string_view penn = tagger_->Name(tag_of(k));
      if (mention_at(k) < 0 && (penn == "VBD" || penn == "VBZ" || penn == "VBP")) {
        return FindSubject(s, static_cast<uint32_t>(k), sc);
      }
    }
  }
  // A participle right after a name is that actor's act: "the statement of Prime Minister
  // Abiy expressing gratitude to the AU".
  if (anchor > first && tagger_->Name(tag_of(anchor)) == "VBG" && mention_at(anchor - 1) >= 0 &&
      !sc.mentions[mention_at(anchor - 1)].demonym) {
    return mention_at(anchor - 1);
  }
  // "Russia retaliated by expelling 23 diplomats", "responded by closing": the means is the
  // verb's subject's act (not a passive's agent: "was killed by shelling").
  if (j - 2 >= first && j + 1 == int64_t{anchor} && tagger_->Name(tag_of(anchor)) == "VBG" &&
      IsWord(toks[j], "by") && mention_at(j - 1) < 0 && toks[j - 1].is(kWord) &&
      !toks[j - 1].is(kCapitalized) && toks[j - 1].text.ends_with("ed") &&
      !BeForms().contains(toks[j - 2].hash)) {
    return FindSubject(s, static_cast<uint32_t>(j - 1), sc);
  }
  // A participial clause shares the main clause's subject: "X attacked the village,
  // killing 19", "X expelled the envoy after accusing him of spying". Its verb is the
  // nearest finite verb before.
  if (j > first && tagger_->Name(tag_of(anchor)) == "VBG" && mention_at(j) < 0 &&
      (toks[j].text == "," || AdverbialSubordinators().contains(toks[j].hash))) {
    for (int64_t k = j - 1; k >= first && !IsHardBoundary(toks[k]); --k) {
      std::string_view penn = tagger_->Name(tag_of(k));
      // A headline's verb may be read as a base form right after its subject ("Israeli
      // forces raid the camp, killing 12").
      bool headline = penn == "VB" && k > first && mention_at(k - 1) >= 0;
      if (mention_at(k) < 0 && (penn == "VBD" || penn == "VBZ" || penn == "VBP" || headline)) {
        // "denied that the group had stored weapons there, dismissing Israeli claims as
        // lies": the participle goes with the verb that reports the clause, not the clause's.
        for (int64_t t = k - 1; t > first && !IsHardBoundary(toks[t]); --t) {
          if (!IsWord(toks[t], "that")) continue;
          std::string_view said = tagger_->Name(tag_of(t - 1));
          if (mention_at(t - 1) < 0 && (said == "VBD" || said == "VBZ" || said == "VBP")) k = t - 1;
          break;
        }
        // Blame, praise or a report of an act: the participle goes on with the act, so it
        // is its doer's ("condemned the airstrikes by the army on a village, killing
        // dozens"), or no one's known.
        if (AssertingLemmas().contains(sc.lex[k - first].lemma_hash)) {
          for (int64_t b = k + 1; b + 1 < j; ++b) {
            if (IsWord(toks[b], "by") && mention_at(b + 1) >= 0) return mention_at(b + 1);
            if (IsWord(toks[b], "by") && IsWord(toks[b + 1], "the") && b + 2 < j &&
                mention_at(b + 2) >= 0) {
              return mention_at(b + 2);
            }
          }
          bool act = false;
          for (int64_t b = k + 1; b < j; ++b) act |= AttackNouns().contains(toks[b].hash);
          if (act) return -1;
        }
        return FindSubject(s, static_cast<uint32_t>(k), sc);
      }
    }
    // No finite verb: a headline's verb may be tagged as a plural noun right after its
    // subject ("The government of Benin orders ..."); not when a real verb came first
    // ("conduct airstrikes on Hamas targets, killing": "targets" is no verb).
    for (int64_t k = j - 1; k > first && !IsHardBoundary(toks[k]); --k) {
      bool headline = tagger_->Name(tag_of(k)) == "NNS" && mention_at(k - 1) >= 0 &&
                      mention_at(k) < 0;
      if (headline) return mention_at(k - 1);
    }
    // "Allow me to begin by condemning": the one allowed.
    for (int64_t k = first; k + 1 < j; ++k) {
      if ((IsWord(toks[k], "allow") || IsWord(toks[k], "let")) && mention_at(k + 1) >= 0) {
        return mention_at(k + 1);
      }
    }
    // No verb before: the participle describes the subject it follows ("By the text, the
    // Council, condemning the violence, requested ...").
    if (toks[j].text == "," && mention_at(j - 1) >= 0) return mention_at(j - 1);
    return -1;
  }
  // "commended the sides for reaching the agreement", "congratulated X on signing": the
  // act praised or blamed is its object's.
  if (j > first && tagger_->Name(tag_of(anchor)) == "VBG" &&
      (IsWord(toks[j], "for") || IsWord(toks[j], "on"))) {
    // The object, so not past the verb: "the US Treasury sanctions three companies for
    // supplying ...": the companies supplied.
    for (int64_t k = j - 1; k >= first && k + 8 > j && !IsHardBoundary(toks[k]) &&
                            (mention_at(k) >= 0 || !tagger_->IsVerb(tag_of(k)));
         --k) {
      if (mention_at(k) >= 0) return mention_at(k);
    }
    return -1;
  }
  // A participial clause opening the sentence: its subject follows the comma ("Meeting
  // with Egypt's Foreign Minister, Lord Ahmad discussed ...", "Calling for a political
  // solution, she said").
  if (tagger_->Name(tag_of(anchor)) == "VBG" &&
      (anchor == first || (anchor == first + 1 && AdverbialSubordinators().contains(toks[first].hash)))) {
    for (uint32_t k = anchor + 1; k + 1 < s.end_token && k < anchor + 30; ++k) {
      if (IsHardBoundary(toks[k])) break;
      if (toks[k].text != ",") continue;
      uint32_t at = k + 1;
      if (IsWord(toks[at], "the") && at + 1 < s.end_token) ++at;
      int m = sc.mention_at[at - first];
      if (m >= 0 && sc.mentions[m].end < s.end_token &&
          tagger_->IsVerb(tag_of(sc.mentions[m].end))) {
        return m;
      }
    }
    return -1;
  }
  // "Saudi Arabia and a coalition of Arab states launch": the named party of a subject
  // joined to a description.
  // (Not a participle's: "organizations backed by Iran".)
  if (j > first + 2 && mention_at(j) < 0 && tagger_->IsNoun(tag_of(j)) &&
      !toks[j].is(kCapitalized) && tagger_->Name(tag_of(anchor)) != "VBN" &&
      !(anchor + 1 < s.end_token && IsWord(toks[anchor + 1], "by"))) {
    for (int64_t k = j - 1; k > first && k + 7 > j; --k) {
      std::string_view penn = tagger_->Name(tag_of(k));
      if (IsWord(toks[k], "and") && mention_at(k - 1) >= 0 &&
          sc.mentions[mention_at(k - 1)].actor && !sc.mentions[mention_at(k - 1)].demonym) {
        return mention_at(k - 1);
      }
      if (mention_at(k) >= 0 && !sc.mentions[mention_at(k)].demonym) break;
      if (!(penn == "DT" || penn == "JJ" || penn == "NN" || penn == "NNS" || penn == "CD" ||
            IsWord(toks[k], "of") || mention_at(k) >= 0)) {
        break;
      }
    }
  }
  // "300 pro-Russian militants armed with firearms and petrol bombs attacked": past a
  // participle's phrase to the noun it describes.
  if (j > first && mention_at(j) < 0 && tagger_->IsNoun(tag_of(j))) {
    for (int64_t k = j - 1; k > first && j - k < 10; --k) {
      std::string_view penn = tagger_->Name(tag_of(k));
      if (penn == "VBN" && mention_at(k - 1) >= 0 && Prepositions().contains(toks[k + 1].hash)) {
        if (sc.mentions[mention_at(k - 1)].actor) return mention_at(k - 1);
        break;
      }
      // "Protesters demanding full civilian rule march", "Doctors at state hospitals
      // stage a strike": past what the people want or where they work, to those people.
      const bool wanting = penn == "VBG" && mention_at(k) < 0;
      const bool at = IsWord(toks[k], "at") || IsWord(toks[k], "in");
      if ((wanting || at) && k - 1 >= first && mention_at(k - 1) >= 0) {
        const Mention& people = sc.mentions[mention_at(k - 1)];
        if (people.actor && !people.person && !people.sector.empty() && people.org.empty() &&
            people.end == k) {
          return mention_at(k - 1);
        }
        break;
      }
      if (!(tagger_->IsNoun(tag_of(k)) || tagger_->IsAdjective(tag_of(k)) || penn == "DT" ||
            penn == "CC" || penn == "CD" || penn == "IN" || mention_at(k) >= 0)) {
        break;
      }
    }
  }
  // "Iraqi militias loyal to Iran attacked", "M23 rebels backed by Rwanda seized": past the
  // patron an allegiance names, to the named party it describes.
  if (j > first + 2 && mention_at(j) >= 0) {
    static const WordSet allegiance(std::array{
        "loyal", "allied", "aligned", "linked", "close", "affiliated", "backed", "supported",
        "sponsored", "funded", "armed", "trained", "tied", "friendly"});
    int64_t p = int64_t{sc.mentions[mention_at(j)].first} - 1;
    if (p > first && IsWord(toks[p], "the")) --p;
    if (p - 2 >= first &&
        (IsWord(toks[p], "to") || IsWord(toks[p], "with") || IsWord(toks[p], "by")) &&
        allegiance.contains(toks[p - 1].hash)) {
      // (A lone "troops" or "groups" is read below: the patron's, or the list's before it.)
      const int head = mention_at(p - 2);
      if (head >= 0 && sc.mentions[head].end == p - 1 && sc.mentions[head].actor) return head;
    }
  }
  bool via_and = false;
  for (int guard = 0; guard < 8 && j >= first; ++guard) {
    const Token& t = toks[j];
    int m = mention_at(j);
    // "the Office of Foreign Assets Control (OFAC) sanctioned": past the abbreviation.
    if (t.text == ")" && j - 2 >= first) {
      int64_t open = j - 1;
      while (open > first && j - open < 6 && toks[open].text != "(") --open;
      if (toks[open].text == "(" && open > first) {
        j = open - 1;
        continue;
      }
    }
    // "the Libyan government in Bayda follow suit": past a place the gazetteer lacks.
    if (m < 0 && t.is(kCapitalized) && t.is(kWord) && j - 2 >= first) {
      int64_t b = j - 1;
      while (b > first && j - b < 3 && toks[b].is(kCapitalized) && toks[b].is(kWord) &&
             mention_at(b) < 0) {
        --b;
      }
      if (LocativePrepositions().contains(toks[b].hash) && mention_at(b - 1) >= 0 &&
          !sc.mentions[mention_at(b - 1)].person) {
        j = b - 1;
        continue;
      }
      // "EU High Representative Josep Borrell and Commissioner Olivér Várhelyi condemn":
      // past a name the dictionary lacks, joined to a party it has.
      b = j;
      while (b > first && j - b < 5 && toks[b].is(kCapitalized) && toks[b].is(kWord) &&
             mention_at(b) < 0) {
        --b;
      }
      if (b < j && b - 1 >= first && IsWord(toks[b], "and") && mention_at(b - 1) >= 0 &&
          sc.mentions[mention_at(b - 1)].actor && !sc.mentions[mention_at(b - 1)].demonym) {
        j = b - 1;
        continue;
      }
    }
    // "France and its partners have suspended": the party named leads its partners.
    if (m < 0 && j - 3 >= first && (IsWord(t, "partners") || IsWord(t, "allies")) &&
        (IsWord(toks[j - 1], "its") || IsWord(toks[j - 1], "their")) &&
        IsWord(toks[j - 2], "and") && mention_at(j - 3) >= 0) {
      j -= 3;
      continue;
    }
    // "An Egyptian court in Cairo sentences": past the place the subject is in. "The
    // Saudi-led coalition fighting in Yemen expels": past what it does there.
    // ("Serbs in northern Kosovo blocked": past the region's word too.)
    int64_t in = m >= 0 ? int64_t{sc.mentions[m].first} - 1 : first;
    if (in > first && RegionAdjectives().contains(toks[in].hash)) --in;
    if (m >= 0 && in > first && LocativePrepositions().contains(toks[in].hash)) {
      int64_t b = in - 1;
      bool place = !sc.mentions[m].actor || sc.mentions[m].capital;
      // "Russian troops in Ukraine shelled", "the U.N. mission in Afghanistan urged": a
      // country after a body or a force is where it is.
      const Mention& where = sc.mentions[m];
      if (mention_at(b) >= 0 && where.sector.empty() && where.org.empty() && !where.person) {
        const Mention& body = sc.mentions[mention_at(b)];
        place |= body.actor && !body.person && (!body.org.empty() || !body.sector.empty());
      }
      if (mention_at(b) < 0 && b > first && toks[b].is(kWord) && !toks[b].is(kCapitalized) &&
          (tagger_->Name(tag_of(b)) == "VBG" || tagger_->Name(tag_of(b)) == "VBN" ||
           IsWord(toks[b], "fighting"))) {
        --b;
        place = true;
      }
      if (place && mention_at(b) >= 0) {
        j = b;
        continue;
      }
      // "Doctors at state hospitals in Sri Lanka stage": past the places its people are at.
      if (mention_at(b) < 0 && where.actor && where.sector.empty() && where.org.empty() &&
          !where.person) {
        int64_t x = b;
        while (x > first && b - x < 6 && mention_at(x) < 0 &&
               (tagger_->IsNoun(tag_of(x)) || tagger_->IsAdjective(tag_of(x)) ||
                IsWord(toks[x], "the") || LocativePrepositions().contains(toks[x].hash) ||
                IsWord(toks[x], "at"))) {
          --x;
        }
        if (mention_at(x) >= 0 && x + 1 < b && LocativePrepositions().contains(toks[x + 1].hash) &&
            !sc.mentions[mention_at(x)].sector.empty() && !sc.mentions[mention_at(x)].person) {
          j = x;
          continue;
        }
      }
    }
    // "Bolivia's new government under President Luis Arce restores", "the Libyan National
    // Army of Khalifa Haftar carries out": the government or force its leader heads.
    if (m >= 0 && sc.mentions[m].person && sc.mentions[m].first > first + 1 &&
        (IsWord(toks[sc.mentions[m].first - 1], "under") ||
         IsWord(toks[sc.mentions[m].first - 1], "of"))) {
      int64_t b = int64_t{sc.mentions[m].first} - 2;
      if (mention_at(b) >= 0 && sc.mentions[mention_at(b)].actor &&
          !sc.mentions[mention_at(b)].person &&
          sc.mentions[mention_at(b)].country == sc.mentions[m].country) {
        j = b;
        continue;
      }
    }
    if (m >= 0) {
      std::vector<int> group = Coordinated(m, /*backward=*/true, s, sc);
      int64_t before = static_cast<int64_t>(sc.mentions[group.front()].first) - 1;
      // ("of northern Iraq to attack": a place, after its region's word.)
      while (before > first && !toks[before].is(kCapitalized) &&
             RegionAdjectives().contains(toks[before].hash)) {
        --before;
      }
      if (before >= first && IsWord(toks[before], "the")) --before;
      bool object = false;
      if (before >= first) {
        const Token& b = toks[before];
        if (Prepositions().contains(b.hash)) object = true;
        // "donors including the United States, Britain and Qatar pledged": the members of
        // the plural the subject names.
        if (IsWord(b, "including") && before > first && mention_at(before - 1) < 0 &&
            tagger_->Name(tag_of(before - 1)) == "NNS") {
          return m;
        }
        // The last of places the gazetteer knows and the dictionary does not: "march in
        // Lagos and Abuja to demand".
        uint32_t place_end = 0;
        if (IsWord(b, "and") && before - 2 >= first && mention_at(before - 1) < 0 &&
            LocativePrepositions().contains(toks[before - 2].hash) &&
            places_->MatchAt(toks, static_cast<uint32_t>(before - 1), s.end_token, &place_end)) {
          object = true;
        }
        // The end of an address: "a mosque in Peshawar, Pakistan kills ...".
        if (b.text == "," && !sc.mentions[group.front()].person &&
            sc.mentions[group.front()].sector.empty()) {
          int64_t k = before - 1;
          while (k >= first && before - k < 5 && toks[k].is(kWord) && toks[k].is(kCapitalized)) --k;
          // A place of that same country before the comma ("In Geneva, Russia said" is no
          // address).
          uint32_t end = 0;
          const Place* p = nullptr;
          if (k >= first && k + 1 < before && LocativePrepositions().contains(toks[k].hash)) {
            p = places_->MatchAt(toks, static_cast<uint32_t>(k + 1), s.end_token, &end);
          }
          if (p && end == before && p->country == sc.mentions[group.front()].country) {
            object = true;
          }
        }
        // "Troops loyal to Khalifa Haftar shelled Tripoli", "fighters loyal to exiled
        // President Hadi": fighters of the party named.
        int64_t to = before;
        if (to - 1 > first && mention_at(to) < 0 &&
            (tagger_->IsAdjective(tag_of(to)) || tagger_->IsParticiple(tag_of(to)))) {
          --to;
        }
        if (to - 1 > first && mention_at(to - 1) < 0 &&
            ((IsWord(toks[to], "to") && IsWord(toks[to - 1], "loyal")) ||
             ((IsWord(toks[to], "to") || IsWord(toks[to], "with")) &&
              (IsWord(toks[to - 1], "allied") || IsWord(toks[to - 1], "aligned") ||
               IsWord(toks[to - 1], "affiliated"))))) {
          return m;
        }
        // "The members of the Security Council condemned": the body acts through its members.
        // "Thousands of Cubans took to the streets": so do people counted.
        // ("Many of the protesters chanted", "the Executive Board of the IMF approved": some
        // of them, or the organ of the body, too.)
        static const WordSet part(std::array{"many", "some", "most", "several", "majority",
                                             "board", "council", "committee", "commission",
                                             "bureau", "secretariat", "presidency"});
        if (IsWord(b, "of") && before - 1 >= first &&
            (MemberNouns().contains(toks[before - 1].hash) ||
             CrowdCounts().contains(toks[before - 1].hash) ||
             part.contains(toks[before - 1].hash) ||
             // "the member states of the European Union"
             (IsWord(toks[before - 1], "states") && before - 2 >= first &&
              IsWord(toks[before - 2], "member")))) {
          object = false;
        }
        // "Delegations from Israel and the United Arab Emirates will meet": so do the envoys
        // a state sends.
        if (IsWord(b, "from") && before - 1 >= first && mention_at(before - 1) < 0 &&
            EnvoysFrom().contains(toks[before - 1].hash)) {
          object = false;
        }
        // "Fighters from al-Shabaab killed": so does an armed group through its fighters.
        if (ArmedGroupAfter(static_cast<uint32_t>(before), s, sc) == m) object = false;
        // ("Newly appointed Foreign Minister X speaks": a participle opening the sentence
        // describes its subject.)
        bool opening = tagger_->IsParticiple(tag_of(before));
        for (int64_t k = before - 1; k >= first && opening; --k) {
          std::string_view penn = tagger_->Name(tag_of(k));
          opening = penn == "RB" || penn == "DT";
        }
        if (tagger_->IsVerb(tag_of(before)) && !BeForms().contains(b.hash) &&
            !ReportingVerbs().contains(b.hash) && !opening &&
            !IsWord(b, "let") && !IsWord(b, "allow")) {  // "Let me condemn"
          object = true;
        }
        // A reduced relative between the subject and its verb: "Hizballah and other
        // groups backed by Iran attacked": go on left of the participle.
        // ("Rockets fired from Lebanon by Hezbollah": past where they came from.)
        int64_t p = before - 1;
        if (p > first && mention_at(p) >= 0) {
          int64_t from = int64_t{sc.mentions[mention_at(p)].first} - 1;
          if (from > first && (IsWord(toks[from], "from") || IsWord(toks[from], "across"))) {
            p = from - 1;
          }
        }
        std::string_view participle = p > first ? tagger_->Name(tag_of(p)) : "";
        if (IsWord(b, "by") && (participle == "VBN" || participle == "VBD") &&
            j + 1 == static_cast<int64_t>(sc.mentions[group.back()].end)) {
          // "Drones launched by the RSF strike Port Sudan", "mortar rounds fired by the YPG
          // killed": weapons are their launcher's.
          int64_t head = p - 1;
          if (head >= first && mention_at(head) < 0 &&
              (AttackNouns().contains(toks[head].hash) || Munitions().contains(toks[head].hash) ||
               IsWord(toks[head], "rounds") || IsWord(toks[head], "bombs"))) {
            return m;
          }
          j = p - 1;
          // "... and other terrorist organizations backed by": the list's tail.
          for (int k = 0; k < 5 && j > first && mention_at(j) < 0 &&
                          (IsWord(toks[j], "and") || IsWord(toks[j], "other") ||
                           tagger_->IsNoun(tag_of(j)) || tagger_->IsAdjective(tag_of(j)));
               ++k) {
            --j;
          }
          continue;
        }
      }
      if (!object) return m;
      return -1;
    }
    if (t.text == ",") {
      // "Obama condemns the use of violence ..., applauds the courage of ... and calls on":
      // a verb in a series goes back to the first, of the same tense.
      // (Not past another comma, "the Governor, Babajide Sanwo-Olu, imposed", nor a noun
      // read as a verb, "on June 13, attacks that Tehran has denied".)
      std::string_view anchor_tag = tagger_->Name(tag_of(anchor));
      bool relative_after = anchor + 1 < s.end_token &&
                            (Relativizers().contains(toks[anchor + 1].hash) ||
                             IsWord(toks[anchor + 1], "that"));
      if (j + 1 == int64_t{anchor} && (anchor_tag == "VBZ" || anchor_tag == "VBD") &&
          !relative_after) {
        for (int64_t v = j - 1; v > first && !IsHardBoundary(toks[v]); --v) {
          if (mention_at(v) >= 0 || Relativizers().contains(toks[v].hash) ||
              IsWord(toks[v], "that") || toks[v].text == ",") {
            if (mention_at(v) >= 0) continue;
            break;
          }
          if (tagger_->Name(tag_of(v)) == anchor_tag && toks[v - 1].text != ",") {
            int series = FindSubject(s, static_cast<uint32_t>(v), sc);
            if (series >= 0) return series;
            break;
          }
        }
      }
      // "Ukraine and Mihai Dorin, the foreign minister of Moldova, signed": a name and its
      // office in commas are one mention.
      if (j - 1 > first && mention_at(j - 1) >= 0 && sc.mentions[mention_at(j - 1)].person) {
        const Mention& named = sc.mentions[mention_at(j - 1)];
        bool inner = false;
        for (uint32_t x = named.first; x + 1 < named.end; ++x) {
          inner |= toks[x].text == "," && IsWord(toks[x + 1], "the");
        }
        if (inner) {
          --j;
          continue;
        }
      }
      // "Several governments, including Brazil, Chile, Bolivia and Uruguay, have condemned":
      // the list the subject names.
      if (j - 1 > first && mention_at(j - 1) >= 0) {
        int last = mention_at(j - 1);
        std::vector<int> group = Coordinated(last, /*backward=*/true, s, sc);
        int64_t b = int64_t{sc.mentions[group.front()].first} - 1;
        // ("Fifteen countries, among them China, Japan and South Korea, sign".)
        if (group.size() >= 2 && b >= first &&
            (IsWord(toks[b], "including") || IsWord(toks[b], "namely") ||
             (b > first && IsWord(toks[b], "them") && IsWord(toks[b - 1], "among")))) {
          return last;
        }
      }
      // "President Yanukovych and the three main opposition leaders, Vitali Klitschko, ...
      // and Oleh Tyahnybok, sign": the members a joined group names; the group acts.
      {
        int64_t b = j - 1;
        auto named = [&](int64_t x) {
          return mention_at(x) >= 0 ? sc.mentions[mention_at(x)].person
                                    : (toks[x].is(kWord) && toks[x].is(kCapitalized)) ||
                                          toks[x].text == "," || IsWord(toks[x], "and");
        };
        while (b > first && j - b < 16 && named(b)) {
          --b;
        }
        if (b > first && b + 2 < j && toks[b + 1].text == "," && mention_at(b) >= 0 &&
            !sc.mentions[mention_at(b)].person &&
            Coordinated(mention_at(b), /*backward=*/true, s, sc).size() >= 2) {
          return mention_at(b);
        }
      }
      // Between two commas: an appositive naming the subject ("Minister for the Middle East,
      // Lord Ahmad of Wimbledon, visited"), or a parenthetical to jump over ("Peskov, on the
      // other side, rejected").
      // A list's own commas are not the parenthetical's: "the UK, with support from
      // Australia, Bahrain and Canada, carried out strikes".
      int64_t k = j - 1;
      if (mention_at(k) >= 0) {
        std::vector<int> list = Coordinated(mention_at(k), /*backward=*/true, s, sc);
        if (list.size() >= 2) {
          k = int64_t{sc.mentions[list.front()].first} - 1;
          if (k >= first && IsWord(toks[k], "the")) --k;
        }
      }
      int64_t span_end = k + 1;
      while (k >= first && span_end - k < 14 && toks[k].text != "," && !IsHardBoundary(toks[k])) {
        --k;
      }
      if (k < first || toks[k].text != ",") return -1;
      // "The military governments of Mali and Niger, Burkina Faso's partners in the
      // Alliance, sent": a party's kin set off after the subject describe it.
      if (k + 1 < j && mention_at(k + 1) >= 0 && k > first && mention_at(k - 1) >= 0 &&
          sc.mentions[mention_at(k - 1)].actor) {
        const uint32_t after = sc.mentions[mention_at(k + 1)].end;
        if (after + 1 < j && IsWord(toks[after], "'s") && mention_at(after + 1) < 0 &&
            tagger_->Name(tag_of(after + 1)).substr(0, 2) == "NN" &&
            !toks[after + 1].is(kCapitalized)) {
          j = k - 1;
          continue;
        }
      }
      if (k + 1 < j && mention_at(k + 1) >= 0) return mention_at(k + 1);
      // "The junta's spokesman, Major General Zaw Min Tun, thanked": a person named with
      // a rank or title the name does not take in.
      {
        int64_t x = k + 1;
        while (x < j && x < k + 5 && mention_at(x) < 0 && toks[x].is(kCapitalized) &&
               tagger_->Name(tag_of(x)) == "NNP") {
          ++x;
        }
        if (x > k + 1 && x < j && mention_at(x) >= 0 &&
            sc.mentions[mention_at(x)].person && sc.mentions[mention_at(x)].end == j) {
          return mention_at(x);
        }
      }
      // "the United Kingdom, together with the United States, carried out": both act; the
      // list is read back from the partner.
      if (k + 3 < j && IsWord(toks[k + 2], "with") &&
          (IsWord(toks[k + 1], "together") || IsWord(toks[k + 1], "along"))) {
        int64_t at = IsWord(toks[k + 3], "the") ? k + 4 : k + 3;
        int partner = at < j ? mention_at(at) : -1;
        if (partner >= 0 && k > first && mention_at(k - 1) >= 0) return partner;
      }
      // "The warring parties in Ethiopia, including the government and the TPLF, signed":
      // the members listed.
      bool among = k + 2 < j && IsWord(toks[k + 1], "among") && IsWord(toks[k + 2], "them");
      int64_t listed = among ? k + 3 : k + 2;
      if (listed < j && IsWord(toks[listed], "the")) ++listed;
      if (k + 1 < j &&
          (IsWord(toks[k + 1], "including") || IsWord(toks[k + 1], "namely") || among) &&
          listed < j && mention_at(listed) >= 0) {
        return Coordinated(mention_at(listed), /*backward=*/false, s, sc).back();  // read back
      }
      j = k - 1;
      continue;
    }
    // "Africa Command conducted an airstrike that killed 30 fighters": the strike's effect
    // is its maker's act.
    bool relative = Relativizers().contains(t.hash) || IsWord(t, "that");
    if (relative && !via_and && j - 1 > first && AttackNouns().contains(toks[j - 1].hash) &&
        mention_at(j - 1) < 0) {
      for (int64_t v = j - 2; v > first && j - v < 8 && !IsHardBoundary(toks[v]); --v) {
        std::string_view penn = tagger_->Name(tag_of(v));
        if (mention_at(v) >= 0 || toks[v].text == ",") break;
        if (penn == "VBD" || penn == "VBZ" || penn == "VBP") {
          return FindSubject(s, static_cast<uint32_t>(v), sc);
        }
      }
    }
    // "a resolution drafted by the United States, Britain and France that censured Iran":
    // the act of the text is its drafters'.
    if (relative && !via_and && j - 1 > first && mention_at(j - 1) >= 0) {
      std::vector<int> drafters = Coordinated(mention_at(j - 1), /*backward=*/true, s, sc);
      int64_t by = int64_t{sc.mentions[drafters.front()].first} - 1;
      if (by > first && IsWord(toks[by], "the")) --by;
      if (by - 2 >= first && IsWord(toks[by], "by") && tagger_->Name(tag_of(by - 1)) == "VBN" &&
          InstrumentNouns().contains(toks[by - 2].hash) && sc.mentions[mention_at(j - 1)].actor) {
        return mention_at(j - 1);
      }
    }
    if (Relativizers().contains(t.hash)) {
      // "paid tribute to X who died and expressed ...": unclear; "X and Y, both of which
      // have condemned the takeover and demanded ...": the list's.
      bool list = j - 2 > first && IsWord(toks[j - 1], "of") &&
                  (IsWord(toks[j - 2], "both") || IsWord(toks[j - 2], "all") ||
                   IsWord(toks[j - 2], "each"));
      if (via_and && !list) return -1;
      // "the airstrike by the Myanmar Armed Forces on a village ..., which killed": the
      // attack's agent.
      for (int64_t b = j - 1; b > first && j - b < 14 && !IsHardBoundary(toks[b]); --b) {
        int agent = IsWord(toks[b], "by") ? mention_at(b + 1 < j && IsWord(toks[b + 1], "the")
                                                           ? b + 2 : b + 1)
                                          : -1;
        if (agent >= 0 && b > first && AttackNouns().contains(toks[b - 1].hash)) return agent;
      }
      int64_t k = j - 1;
      // "ECOWAS and the African Union, both of which have condemned": the list before.
      if (k - 1 > first && IsWord(toks[k], "of") &&
          (IsWord(toks[k - 1], "both") || IsWord(toks[k - 1], "all") ||
           IsWord(toks[k - 1], "each"))) {
        k -= 2;
      }
      if (k >= first && toks[k].text == ",") --k;
      // "Brazil, Colombia and Cuba, among others, which have condemned": past the aside.
      if (k - 2 > first && IsWord(toks[k], "others") && IsWord(toks[k - 1], "among") &&
          toks[k - 2].text == ",") {
        k -= 3;
      }
      // "President el-Sisi of Egypt and his senior officials, who mediated": the one named.
      if (k > first && mention_at(k) < 0) {
        int64_t b = k;
        while (b > first && k - b < 5 && mention_at(b) < 0 && toks[b].is(kWord) &&
               !toks[b].is(kCapitalized)) {
          --b;
        }
        if (mention_at(b) >= 0 && b + 1 < k && IsWord(toks[b + 1], "and")) return mention_at(b);
      }
      if (k < first || mention_at(k) < 0) return -1;
      // "the explosion ... near the border with Ukraine, which killed": a country named as a
      // preposition's object is a place, not the relative's antecedent (but "the attack by
      // X, which", "states including X, which").
      const Mention& antecedent = sc.mentions[mention_at(k)];
      int64_t before = int64_t{antecedent.first} - 1;
      if (before > first && IsWord(toks[before], "the")) --before;
      if (before >= first && Prepositions().contains(toks[before].hash) &&
          !IsWord(toks[before], "by") && !IsWord(toks[before], "of") &&
          !IsWord(toks[before], "including") &&
          (antecedent.sector.empty() || antecedent.capital) &&  // "in Mogadishu, which"
          !antecedent.person && antecedent.org.empty()) {
        return -1;
      }
      return mention_at(k);
    }
    if (IsWord(t, "and") || IsWord(t, "but")) {
      // "X accused Y of ... and warned Z": find the earlier finite verb, then its subject.
      // A participle ("for their commitment to peace and reaching this agreement") is not
      // a second finite verb of that subject.
      std::string_view anchor_tag = tagger_->Name(tag_of(anchor));
      // ("retaliated by shutting its airspace to Indian airlines and suspending trade": the
      // gerund joined to an earlier one is its doer's.)
      if (j + 1 == anchor && anchor_tag == "VBG") {
        for (int64_t v = j - 1; v > first && j - v < 12 && !IsHardBoundary(toks[v]); --v) {
          std::string_view penn = tagger_->Name(tag_of(v));
          if (mention_at(v) >= 0) continue;
          if (tagger_->IsVerb(tag_of(v)) && penn != "VBG") break;
          if (penn != "VBG") continue;
          if (!IsWord(toks[v - 1], "by")) break;
          return FindSubject(s, static_cast<uint32_t>(v), sc);
        }
        return -1;
      }
      int64_t k = j - 1;
      while (k >= first) {
        // "calls the uprising an armed mutiny and "a stab in the back" and promises": past a
        // short quotation.
        if (toks[k].text == "\"") {
          int64_t open = k - 1;
          while (open > first && k - open < 10 && toks[open].text != "\"") --open;
          if (open > first && toks[open].text == "\"") {
            k = open - 1;
            continue;
          }
        }
        if (IsHardBoundary(toks[k])) break;
        std::string_view penn = tagger_->Name(tag_of(k));
        // "talks in Tanzania, announced by Prime Minister Abiy,": a participle, not the
        // earlier finite verb.
        // ("speaks" or "spoke by telephone with" is no participle.)
        static const WordSet media(std::array{"telephone", "phone", "video", "videoconference"});
        bool participle = penn == "VBD" && k + 1 < static_cast<int64_t>(s.end_token) &&
                          IsWord(toks[k + 1], "by") &&
                          !(k + 2 < static_cast<int64_t>(s.end_token) &&
                            media.contains(toks[k + 2].hash));
        // "welcomed the ceasefire agreed today between India and Pakistan and urged": a
        // participle after the noun it qualifies, the noun after a determiner.
        participle |= penn == "VBD" && k - 2 >= first && mention_at(k - 1) < 0 &&
                      !toks[k - 1].is(kCapitalized) && tagger_->IsNoun(tag_of(k - 1)) &&
                      (IsWord(toks[k - 2], "the") || IsWord(toks[k - 2], "a") ||
                       IsWord(toks[k - 2], "an") || IsWord(toks[k - 2], "this"));
        // A plural's present read as a base form right after it ("the EU and the US condemn",
        // "the government in Bayda follow suit").
        bool present = penn == "VB" && k > first &&
                       (mention_at(k - 1) >= 0 || tagger_->Name(tag_of(k - 1)) == "NNP");
        // ("a resolution ... that would have condemned the referendums and called on":
        // the modal is the first verb's.)
        if (mention_at(k) < 0 && !participle && toks[k].text != "'s" &&
            (penn == "VBD" || penn == "VBZ" || penn == "VBP" || penn == "MD" || present)) {
          break;
        }
        --k;
      }
      if (k < first || IsHardBoundary(toks[k])) return -1;
      // ", and called for": after a comma, the verb joined is the one governing the clause
      // before ("she cited reports that protesters were injured and killed, and called").
      // So is a verb of saying or asking ("tells Wang that the alignment is concerning and
      // urges Beijing").
      bool speech = ReportingVerbs().contains(toks[anchor].hash) ||
                    AskingVerbs().contains(toks[anchor].hash);
      if (j > first && (toks[j - 1].text == "," || speech)) {
        for (int64_t b = k - 1; b > first && !IsHardBoundary(toks[b]); --b) {
          std::string_view penn = tagger_->Name(tag_of(b));
          if (mention_at(b) < 0 && (penn == "VBD" || penn == "VBZ" || penn == "VBP") &&
              !BeForms().contains(toks[b].hash) && !HaveForms().contains(toks[b].hash)) {
            break;
          }
          if (!IsWord(toks[b], "that")) continue;
          // The governing verb, past its object ("tells Wang Yi that").
          int64_t v = b - 1;
          auto finite = [&](int64_t x) {
            std::string_view p = tagger_->Name(tag_of(x));
            return mention_at(x) < 0 && (p == "VBD" || p == "VBZ" || p == "VBP");
          };
          while (v > first && v + 8 > b && !IsHardBoundary(toks[v]) && !finite(v)) --v;
          if (v > first && finite(v)) k = v;
          break;
        }
      }
      // "The IMF says Greece's debt has become unsustainable and urges ...": a clause whose
      // subject is no actor is what was reported; the verb joined is the one reporting it.
      // So is a clause opened by "that" or "what" ("has denied that its land law allows
      // ... and has accused", "apologised for what it called an accident and offered").
      // (Not an act joined under the reported clause's perfect: "said 73 strikes had hit five
      // provinces and killed five of the group's fighters".)
      const bool shared_perfect = HaveForms().contains(toks[k].hash) && !speech &&
                                  (anchor_tag == "VBN" || anchor_tag == "VBD");
      if (shared_perfect) return FindSubject(s, static_cast<uint32_t>(k), sc);
      int64_t subject = skip_verb_group(k - 1);
      if (subject > first && mention_at(subject) >= 0) {
        subject = int64_t{sc.mentions[mention_at(subject)].first};
      }
      bool opened = subject > first &&
                    (IsWord(toks[subject - 1], "that") || IsWord(toks[subject - 1], "what"));
      if (subject > first && (opened || (mention_at(subject) < 0 &&
                                         (tagger_->IsNoun(tag_of(subject)) ||
                                          tagger_->Name(tag_of(subject)) == "PRP")))) {
        for (int64_t b = subject - 1; b > first && subject - b < 12 && !IsHardBoundary(toks[b]);
             --b) {
          opened |= IsWord(toks[b], "that") || IsWord(toks[b], "what");
          std::string_view penn = tagger_->Name(tag_of(b));
          if (mention_at(b) >= 0 || !(penn == "VBD" || penn == "VBZ" || penn == "VBP")) continue;
          if (ReportingVerbs().contains(toks[b].hash) || opened) k = b;
          break;
        }
      }
      // "Rubio says Israel took unilateral action ..., and warns Iran": a present joined after
      // a past goes back to the present of saying that reports the past.
      if (anchor_tag == "VBZ" && tagger_->Name(tag_of(k)) == "VBD") {
        for (int64_t b = k - 1; b > first && k - b < 25 && !IsHardBoundary(toks[b]); --b) {
          if (mention_at(b) < 0 && tagger_->Name(tag_of(b)) == "VBZ" &&
              ReportingVerbs().contains(toks[b].hash)) {
            k = b;
            break;
          }
        }
      }
      // A participle joined to a past tense is most often a second past tense the tagger
      // misread ("condemned the attack and called on Ukraine"), unless an agent follows.
      // ("has expelled 18 diplomats and given them 48 hours": a perfect's auxiliary serves
      // both participles.)
      bool perfect = HaveForms().contains(toks[k].hash);
      if (j + 1 == anchor && anchor_tag == "VBN" &&
          ((tagger_->Name(tag_of(k)) != "VBD" && !perfect) ||
           (anchor + 1 < s.end_token && IsWord(toks[anchor + 1], "by")))) {
        return -1;
      }
      // ("..., applauds the courage of ... and calls on": the series' subject.)
      if (k - 1 > first && toks[k - 1].text == "," && mention_at(k) < 0) {
        return FindSubject(s, static_cast<uint32_t>(k), sc);
      }
      via_and = true;
      j = skip_verb_group(k - 1);
      continue;
    }
    // "The Kremlin said it would not negotiate", "the rebels announced that they had
    // withdrawn": the pronoun is the speaker.
    // "the military detained the President, and it has since arrested protesters": the
    // pronoun after "and" is the subject of the clause before.
    // "..., while it massed troops", "as they advanced": so is the pronoun after a
    // subordinator.
    const bool joined = j - 2 > first &&
                        (IsWord(toks[j - 1], "and") ||
                         (toks[j - 2].text == "," &&
                          (AdverbialSubordinators().contains(toks[j - 1].hash) ||
                           IsWord(toks[j - 1], "as") || IsWord(toks[j - 1], "because") ||
                           IsWord(toks[j - 1], "although"))));
    if ((IsWord(t, "it") || IsWord(t, "they")) && !via_and && joined) {
      for (int64_t v = j - 2; v > first && !IsHardBoundary(toks[v]); --v) {
        std::string_view penn = tagger_->Name(tag_of(v));
        if (mention_at(v) >= 0 || !(penn == "VBD" || penn == "VBZ" || penn == "VBP")) continue;
        int before = FindSubject(s, static_cast<uint32_t>(v), sc);
        if (before >= 0 && !(IsWord(t, "it") && sc.mentions[before].person)) return before;
        // ("said that it was for the tribunal to decide, and it called on": past a clause
        // whose "it" or "there" is no one.)
        if (before < 0 && (IsWord(toks[v - 1], "it") || IsWord(toks[v - 1], "there"))) continue;
        break;
      }
    }
    if ((IsWord(t, "it") || IsWord(t, "they")) && !via_and) {
      int64_t v = j - 1;
      // "The White House says the move responds to the attack, which it blames on Russia":
      // after "which", the pronoun is not the noun before it but the one who reports.
      if (v > first && IsWord(toks[v], "which")) {
        for (int64_t w = v - 1; w > first; --w) {
          std::string_view penn = tagger_->Name(tag_of(w));
          if (mention_at(w) >= 0 || !ReportingVerbs().contains(toks[w].hash) ||
              !(penn == "VBD" || penn == "VBZ" || penn == "VBP")) {
            continue;
          }
          int speaker = FindSubject(s, static_cast<uint32_t>(w), sc);
          if (speaker < 0) continue;  // ("the move responds to": no one reports)
          return IsWord(t, "it") && sc.mentions[speaker].person ? -1 : speaker;
        }
        return -1;
      }
      if (v >= first && IsWord(toks[v], "that")) {
        --v;
        // "Russia told this Council that it had": past the one told.
        int64_t told = v;
        while (told > first && v - told < 4 && mention_at(told) < 0 &&
               !tagger_->IsVerb(tag_of(told)) && toks[told].is(kWord)) {
          --told;
        }
        if (told > first && told < v && mention_at(told) < 0 &&
            (IsWord(toks[told], "told") || IsWord(toks[told], "tells") ||
             IsWord(toks[told], "assured") || IsWord(toks[told], "informed") ||
             IsWord(toks[told], "warned"))) {
          v = told;
        }
        // "says it has not been notified and that it remains committed": a second "that"
        // clause of the same report.
        if (v > first + 2 && IsWord(toks[v], "and")) {
          for (int64_t w = v - 1; w > first && !IsHardBoundary(toks[w]); --w) {
            std::string_view penn = tagger_->Name(tag_of(w));
            if (mention_at(w) < 0 && ReportingVerbs().contains(toks[w].hash) &&
                (penn == "VBD" || penn == "VBZ" || penn == "VBP")) {
              v = w;
              break;
            }
          }
        }
      }
      // "said separately that they had": past an adverb, to the verb of saying.
      for (int64_t w = v; w > first && v - w < 2 && mention_at(w) < 0 &&
                          tagger_->Name(tag_of(w)).starts_with("RB");
           --w) {
        if (mention_at(w - 1) < 0 && ReportingVerbs().contains(toks[w - 1].hash) &&
            tagger_->IsVerb(tag_of(w - 1))) {
          v = w - 1;
          break;
        }
      }
      // "said on Sunday (that) they were": past the day it was said.
      for (int64_t w = v; w > first + 1 && v - w < 5; --w) {
        const Token& d = toks[w];
        bool day = Weekdays().contains(d.hash) || Months().contains(d.hash) ||
                   IsWord(d, "today") || IsWord(d, "yesterday") ||
                   (tagger_->Name(tag_of(w)) == "CD" && mention_at(w) < 0);
        if (!day) break;
        int64_t on = w - 1;
        while (on > first && (Months().contains(toks[on].hash) ||
                              tagger_->Name(tag_of(on)) == "CD")) {
          --on;
        }
        if (IsWord(toks[on], "on")) --on;
        if (on > first && mention_at(on) < 0 && ReportingVerbs().contains(toks[on].hash)) {
          v = on;
          break;
        }
      }
      if (v > first && mention_at(v) < 0 && ReportingVerbs().contains(toks[v].hash)) {
        int speaker = FindSubject(s, static_cast<uint32_t>(v), sc);
        if (speaker >= 0 && !(IsWord(t, "it") && sc.mentions[speaker].person)) return speaker;
      }
    }
    return -1;
  }
  return -1;
}

// The first mention after `from` that the verb governs: only determiners, adjectives,
// adverbs, numbers, prepositions and a noun or two followed by a preposition ("the attack
// on X") may come between. "condemned the launch as a violation of U.N. resolutions" has
// no actor object.
// "called on the international community to work together to hold North Korea accountable",
// "urged all states to isolate the junta": within the appeal's infinitive, a verb of
// opposition and the party it is aimed at ("hold X accountable|responsible", "isolate X").
int CoderImpl::RallyTarget(const Candidate& c, const SentenceSpan& s, const Scratch& sc,
                           int source) const {
  const auto& toks = sc.tokens;
  const uint32_t first = s.first_token;
  bool infinitive = false;
  for (uint32_t j = c.end; j < s.end_token && j < c.end + 20; ++j) {
    if (IsHardBoundary(toks[j]) || toks[j].text == ";") break;
    if (IsWord(toks[j], "to")) infinitive = true;
    if (!infinitive || !RallyVerbs().contains(toks[j].hash)) continue;
    bool hold = IsWord(toks[j], "hold") || IsWord(toks[j], "holding");
    uint32_t at = j + 1;
    if (at < s.end_token && IsWord(toks[j], "pressure") && IsWord(toks[at], "on")) ++at;
    while (at < s.end_token && at < j + 4 &&
           (IsWord(toks[at], "the") || tagger_->IsAdjective(sc.tags[at - first]))) {
      ++at;
    }
    if (at >= s.end_token) break;
    int m = sc.mention_at[at - first];
    if (m < 0 || sc.mentions[m].first != at || !sc.mentions[m].actor ||
        SameActor(sc.mentions[m], sc.mentions[source])) {
      continue;
    }
    if (hold) {  // "hold X accountable|responsible", "hold X to account"
      uint32_t e = sc.mentions[m].end;
      bool account = e + 1 < s.end_token && IsWord(toks[e], "to") &&
                     IsWord(toks[e + 1], "account");
      if (e >= s.end_token || !(IsWord(toks[e], "accountable") ||
                                IsWord(toks[e], "responsible") || account)) {
        continue;
      }
    }
    return m;
  }
  return -1;
}

uint32_t CoderImpl::AttackAgent(const SentenceSpan& s, uint32_t at, const Scratch& sc) const {
  static const WordSet participles(std::array{
      "carried", "perpetrated", "claimed", "committed", "staged", "launched", "conducted",
      "orchestrated", "masterminded", "mounted", "executed", "hit", "struck", "targeted",
      "bombed", "shelled", "attacked"});
  const auto& toks = sc.tokens;
  uint32_t j = at;
  // Past where and when: "in Abu Dhabi, United Arab Emirates, on 17 January 2022, which".
  while (j + 1 < s.end_token && j < at + 14 &&
         (toks[j].text == "," || IsWord(toks[j], "in") || IsWord(toks[j], "on") ||
          (toks[j].is(kCapitalized) && toks[j].is(kWord)) ||
          sc.tags[j - s.first_token] == cd_)) {
    ++j;
  }
  // "which was claimed by", "carried out on 25 August by": the "by" after a participle.
  auto by_after = [&](uint32_t v) -> uint32_t {
    if (v < s.end_token && Relativizers().contains(toks[v].hash)) ++v;
    for (uint32_t aux = 0; v < s.end_token && aux < 3 &&
           (IsWord(toks[v], "was") || IsWord(toks[v], "were") || IsWord(toks[v], "has") ||
            IsWord(toks[v], "have") || IsWord(toks[v], "had") || IsWord(toks[v], "been") ||
            IsWord(toks[v], "reportedly") || IsWord(toks[v], "allegedly"));
         ++aux) {
      ++v;
    }
    if (v >= s.end_token || !participles.contains(toks[v].hash)) return 0;
    for (uint32_t k = v + 1; k + 1 < s.end_token && k < v + 8; ++k) {
      if (IsWord(toks[k], "by")) return k;
      if (IsHardBoundary(toks[k]) || Subordinators().contains(toks[k].hash) ||
          tagger_->IsVerb(sc.tags[k - s.first_token])) {
        return 0;
      }
    }
    return 0;
  };
  if (uint32_t by = by_after(j); by > 0) return by;
  // Past what was attacked, to a relative clause after a comma: "the attack carried out on 20
  // January against a camp of the mission (MINUSMA) in Aguelhok, which was claimed by X".
  for (uint32_t k = j + 1; k + 1 < s.end_token && k < at + 36; ++k) {
    bool paren = toks[k].text == "(" || toks[k].text == ")";
    // ("on a bus carrying schoolchildren": a participle of what was attacked.)
    const uint8_t tag = sc.tags[k - s.first_token];
    if ((IsHardBoundary(toks[k]) && !paren) || Subordinators().contains(toks[k].hash) ||
        (tagger_->IsVerb(tag) && tag != vbg_ && !toks[k].is(kCapitalized) &&
         !(k == j + 1 && IsWord(toks[k], "out")))) {
      break;
    }
    if (Relativizers().contains(toks[k].hash)) {
      return toks[k - 1].text == "," ? by_after(k) : 0;
    }
  }
  return 0;
}

int CoderImpl::FindObject(const SentenceSpan& s, uint32_t from, const Scratch& sc,
                          bool judged_act, bool giving) const {
  const auto& toks = sc.tokens;
  int nouns = 0;
  bool told_that = false;  // past "the announcement made today in Beijing" to its "that"
  uint32_t reach = from + 10;  // words passed over whole (a title, a time, a place) add to it
  // "condemned, once again, the attack", "condemned, in the strongest terms, the attack": an
  // aside between the verb and its object.
  if (from + 2 < s.end_token && toks[from].text == ",") {
    uint32_t close = from + 1;
    while (close < s.end_token && close < from + 6 && toks[close].is(kWord) &&
           sc.mention_at[close - s.first_token] < 0) {
      ++close;
    }
    if (close > from + 1 && close + 1 < s.end_token && toks[close].text == ",") {
      reach += close + 1 - from;
      from = close + 1;
    }
  }
  // "condemns in the strongest terms the DPRK's launch".
  if (from + 4 < s.end_token && IsWord(toks[from], "in") && IsWord(toks[from + 1], "the")) {
    uint32_t k = from + 2;
    while (k < from + 5 && k + 1 < s.end_token && !IsWord(toks[k], "terms") &&
           (toks[k].text.ends_with("est") || IsWord(toks[k], "possible"))) {
      ++k;
    }
    if (k > from + 2 && IsWord(toks[k], "terms")) {
      if (k + 1 < s.end_token && IsWord(toks[k + 1], "possible")) ++k;
      reach += k + 1 - from;
      from = k + 1;
    }
  }
  for (uint32_t j = from; j < s.end_token && j < reach; ++j) {
    // "condemned what it called Beijing's escalatory actions", "what Moscow described as":
    // past the speaker's own label to what it labels.
    if (j == from && IsWord(toks[j], "what") && j + 2 < s.end_token) {
      uint32_t k = j + 1;
      int who = sc.mention_at[k - s.first_token];
      if (who >= 0 && sc.mentions[who].first == k) {
        k = sc.mentions[who].end;
      } else if (IsWord(toks[k], "it") || IsWord(toks[k], "they") || IsWord(toks[k], "he") ||
                 IsWord(toks[k], "she") || IsWord(toks[k], "we")) {
        ++k;
      }
      if (k > j + 1 && k + 1 < s.end_token &&
          (IsWord(toks[k], "called") || IsWord(toks[k], "termed") ||
           IsWord(toks[k], "dubbed") || IsWord(toks[k], "described") ||
           IsWord(toks[k], "labelled") || IsWord(toks[k], "labeled"))) {
        if (IsWord(toks[k + 1], "as")) ++k;
        // A labeller named, with no party named in its label, labels its own act: "what
        // Moscow described as a counterterrorism operation".
        bool named = false;
        for (uint32_t x = k + 1; x < s.end_token && x < k + 5 && !named; ++x) {
          int n = sc.mention_at[x - s.first_token];
          named = n >= 0 && sc.mentions[n].actor;
        }
        // (Not the speaker's own "what he called": it is the subject's label.)
        if (who >= 0 && sc.mentions[who].actor && sc.mentions[who].via != "pronoun" && !named) {
          return who;
        }
        reach += k + 1 - j;
        j = k;
        continue;
      }
    }
    int m = sc.mention_at[j - s.first_token];
    // "stand with President Maia Sandu and the people of Moldova": past a title or a name
    // the dictionary lacks, to the party joined to it.
    bool unknown_name = m < 0 && toks[j].is(kCapitalized) && toks[j].is(kWord) &&
                        tagger_->Name(sc.tags[j - s.first_token]) == "NNP";
    if ((m >= 0 && !sc.mentions[m].actor && sc.mentions[m].first == j) || unknown_name) {
      uint32_t k = m >= 0 ? sc.mentions[m].end : j;
      while (k < s.end_token && k < j + 6 && toks[k].is(kCapitalized) && toks[k].is(kWord) &&
             sc.mention_at[k - s.first_token] < 0) {
        ++k;
      }
      if (k + 1 < s.end_token && IsWord(toks[k], "and")) {
        uint32_t at = k + 1;
        // "solidarity with the Prime Minister and with the Government and people of Iraq"
        if (at + 1 < s.end_token && TargetPrepositions().contains(toks[at].hash)) ++at;
        if (at < s.end_token && IsWord(toks[at], "the")) ++at;
        int other = at < s.end_token ? sc.mention_at[at - s.first_token] : -1;
        if (other >= 0 && sc.mentions[other].actor) return other;
      }
      // "designates Jawad Nasrallah, a son of Hezbollah leader Hassan Nasrallah": a name the
      // dictionary lacks, then who it is.
      if (unknown_name && !Weekdays().contains(toks[j].hash) &&
          !Months().contains(toks[j].hash) && k + 2 < s.end_token && toks[k].text == "," &&
          (IsWord(toks[k + 1], "a") || IsWord(toks[k + 1], "an") || IsWord(toks[k + 1], "the"))) {
        for (uint32_t x = k + 2; x < s.end_token && x < k + 9; ++x) {
          if (IsHardBoundary(toks[x]) || toks[x].text == "," ||
              tagger_->IsVerb(sc.tags[x - s.first_token])) {
            break;
          }
          int who = sc.mention_at[x - s.first_token];
          if (who >= 0 && sc.mentions[who].first == x) {
            if (sc.mentions[who].actor) return who;
            break;
          }
        }
      }
    }
    // "welcomed the visit to Banjul of an ECOWAS delegation": the capital visited is a place
    // on the way to the visitor.
    if (m >= 0 && judged_act && sc.mentions[m].capital && sc.mentions[m].first == j &&
        j >= from + 2 && IsWord(toks[j - 1], "to") &&
        (IsWord(toks[j - 2], "visit") || IsWord(toks[j - 2], "trip") ||
         IsWord(toks[j - 2], "tour"))) {
      uint32_t of = sc.mentions[m].end;
      auto visitor = [&](uint32_t x) { return IsWord(toks[x], "of") || IsWord(toks[x], "by"); };
      while (of < s.end_token && of < sc.mentions[m].end + 5 && !visitor(of) &&
             !IsHardBoundary(toks[of]) && toks[of].text != ",") {
        ++of;
      }
      if (of + 1 < s.end_token && visitor(of)) {
        reach += of - j;
        j = of;
        continue;
      }
    }
    if (m >= 0) return m;
    const Token& t = toks[j];
    // "welcomed the fact that Iraq has become safer", "deplores that Russia has": praise or
    // blame of a state of affairs is aimed at the clause's subject.
    // "welcomes the announcement (made today in Beijing) that Iran and Saudi Arabia have
    // agreed": so is the news of an act.
    // "appreciation for the security assistance that the United States provides": the
    // giver of what is praised, named with its verb in the clause after it.
    if (judged_act && j + 4 < s.end_token && IsWord(toks[j + 1], "that") &&
        tagger_->IsNoun(sc.tags[j - s.first_token])) {
      static const WordSet giving_verbs(std::array{
          "provides", "provided", "gives", "gave", "extends", "extended", "offers",
          "offered", "delivered", "pledged"});
      uint32_t k = IsWord(toks[j + 2], "the") ? j + 3 : j + 2;
      int giver = sc.mention_at[k - s.first_token];
      if (giver >= 0 && sc.mentions[giver].first == k && sc.mentions[giver].actor &&
          sc.mentions[giver].end < s.end_token &&
          giving_verbs.contains(toks[sc.mentions[giver].end].hash)) {
        return giver;
      }
    }
    if (judged_act && IsWord(t, "that") &&
        (j == from || IsWord(toks[j - 1], "fact") || told_that ||
         IsWord(toks[j - 1], "announcement") || IsWord(toks[j - 1], "news")) &&
        j + 2 < s.end_token) {
      uint32_t k = IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
      // "that the terrorist group Al-Shabaab continues": past the words that describe it.
      while (k + 1 < s.end_token && k < j + 5 && sc.mention_at[k - s.first_token] < 0 &&
             (tagger_->IsAdjective(sc.tags[k - s.first_token]) ||
              tagger_->Name(sc.tags[k - s.first_token]) == "NN")) {
        ++k;
      }
      int m = sc.mention_at[k - s.first_token];
      if (m >= 0 && sc.mentions[m].first == k && sc.mentions[m].actor &&
          !(sc.mentions[m].demonym && sc.mentions[m].end == k + 1)) {
        // "the concerns that the United States has raised about Iran's programme": the
        // concerns' raiser; what they are about is judged.
        uint32_t v = sc.mentions[m].end;
        if (v < s.end_token && HaveForms().contains(toks[v].hash)) ++v;
        bool raised = v + 1 < s.end_token &&
                      (IsWord(toks[v], "raised") || IsWord(toks[v], "expressed") ||
                       IsWord(toks[v], "voiced")) &&
                      (IsWord(toks[v + 1], "about") || IsWord(toks[v + 1], "over"));
        if (!raised) return m;
        reach += v + 2 - j;
        j = v + 1;
        continue;
      }
    }
    // "condemns the attacks carried out on 25 August by X", "the attacks in Abu Dhabi, which
    // were claimed by X": the doer of the attack judged, named after its participle.
    // "condemned the missile attacks that Russia carried out on Tuesday": the doer named in
    // the relative clause.
    if (judged_act && AttackNouns().contains(t.hash) && j + 3 < s.end_token &&
        (IsWord(toks[j + 1], "that") || IsWord(toks[j + 1], "which"))) {
      int doer = sc.mention_at[j + 2 - s.first_token];
      if (doer >= 0 && sc.mentions[doer].actor && sc.mentions[doer].first == j + 2) {
        uint32_t v = sc.mentions[doer].end;
        if (v < s.end_token && HaveForms().contains(toks[v].hash)) ++v;
        static const WordSet doing(std::array{"carried", "launched", "conducted", "committed",
                                              "staged", "perpetrated", "mounted", "unleashed"});
        if (v < s.end_token && doing.contains(toks[v].hash)) return doer;
      }
    }
    if (judged_act && AttackNouns().contains(t.hash)) {
      uint32_t by = AttackAgent(s, j + 1, sc);
      if (by > 0) {
        // "claimed by the terrorist group JNIM": past its description.
        for (uint32_t k = by + 1; k < s.end_token && k < by + 5; ++k) {
          int m = sc.mention_at[k - s.first_token];
          if (m >= 0) {
            if (sc.mentions[m].first == k && sc.mentions[m].actor && k > by + 1) return m;
            break;
          }
          std::string_view p = tagger_->Name(sc.tags[k - s.first_token]);
          if (toks[k].is(kCapitalized) || !(p == "DT" || p == "JJ" || p == "NN")) break;
        }
        ++nouns;
        reach = std::max(reach, by + 4);
        j = by;
        continue;
      }
    }
    if (Subordinators().contains(t.hash) || Relativizers().contains(t.hash)) return -1;
    // "commitment to the sovereignty, unity and territorial integrity of Mali": past the
    // list of what is at stake, to whose it is.
    if (OfTopicNouns().contains(t.hash)) {
      uint32_t k = j + 1;
      while (k + 1 < s.end_token && k < j + 12 && sc.mention_at[k - s.first_token] < 0 &&
             (toks[k].text == "," || IsWord(toks[k], "and") || IsWord(toks[k], "territorial") ||
              IsWord(toks[k], "political") || IsWord(toks[k], "national") ||
              OfTopicNouns().contains(toks[k].hash))) {
        ++k;
      }
      if (k > j + 1 && k + 1 < s.end_token && IsWord(toks[k], "of")) {
        reach += k - j;
        j = k;
        continue;
      }
    }
    std::string_view penn = tagger_->Name(sc.tags[j - s.first_token]);
    // "condemned the attack on a UN convoy": blame goes to the attacker, named after "by"
    // if at all, not to the victim.
    // So does "condemned the attempted assassination of the Prime Minister".
    bool killing = IsWord(t, "of") &&
                   (IsWord(toks[j - 1], "assassination") || IsWord(toks[j - 1], "killing") ||
                    IsWord(toks[j - 1], "killings") || IsWord(toks[j - 1], "murder") ||
                    IsWord(toks[j - 1], "abduction") || IsWord(toks[j - 1], "kidnapping"));
    if (judged_act && j > from &&
        (((IsWord(t, "on") || IsWord(t, "against")) && AttackNouns().contains(toks[j - 1].hash)) ||
         killing)) {
      uint32_t k = j + 1;
      while (k < s.end_token && k < j + 10 && !IsWord(toks[k], "by") &&
             !IsHardBoundary(toks[k]) && !Subordinators().contains(toks[k].hash)) {
        ++k;
      }
      if (k >= s.end_token || !IsWord(toks[k], "by")) return -1;
      j = k;
      continue;
    }
    // "cooperate in good faith with the UN", "ship wheat worth $20 million to Sudan": past a
    // phrase of manner or of value.
    static const WordSet manner(std::array{"faith", "earnest", "principle", "full", "person",
                                           "parallel", "particular", "detail", "turn"});
    if (IsWord(t, "in") && j + 2 < s.end_token &&
        (manner.contains(toks[j + 1].hash) ||
         (IsWord(toks[j + 1], "good") && IsWord(toks[j + 2], "faith")))) {
      reach += 2;
      j += IsWord(toks[j + 1], "good") ? 2 : 1;
      continue;
    }
    if (IsWord(t, "worth")) continue;
    // "retook the city with the help of U.S. air strikes", "intercepted the missiles with
    // help from Jordan": a helper, not whom the act is aimed at.
    if (HelpedWith(toks, j, s.end_token) > 0) return -1;
    // "in response to U.S. pressure": a cause, not whom the act is aimed at.
    if (IsWord(t, "in") && j + 1 < s.end_token &&
        (IsWord(toks[j + 1], "response") || IsWord(toks[j + 1], "retaliation") ||
         IsWord(toks[j + 1], "reaction") || IsWord(toks[j + 1], "reply"))) {
      return -1;
    }
    // "will provide $56 million to help Colombia", "sent funds to support the Haitian
    // police": what is given goes to the one it helps.
    if (giving && IsWord(t, "to") && j + 2 < s.end_token &&
        (IsWord(toks[j + 1], "help") || IsWord(toks[j + 1], "support") ||
         IsWord(toks[j + 1], "assist")) &&
        tagger_->Name(sc.tags[j + 1 - s.first_token]) == "VB") {
      ++j;
      continue;
    }
    if (TargetPrepositions().contains(t.hash)) continue;
    if (IsWord(t, "by") && nouns > 0) continue;  // "condemned the attack by X": X
    // The match ends with the act's noun: "rejected the peace proposal | put forward by X".
    if (judged_act && j == from && j > s.first_token && j + 2 < s.end_token &&
        tagger_->IsNoun(sc.tags[j - 1 - s.first_token]) && (penn == "VBN" || penn == "VBD")) {
      uint32_t by = j + 1;
      if (IsWord(toks[by], "forward") || IsWord(toks[by], "up")) ++by;
      if (by < s.end_token && IsWord(toks[by], "by")) {
        ++nouns;
        j = by;
        continue;
      }
    }
    // "met on the sidelines of the BRICS summit": the gathering is where, not whom.
    if (IsWord(t, "of") && j == from && j > s.first_token &&
        (IsWord(toks[j - 1], "sidelines") || IsWord(toks[j - 1], "margins"))) {
      return -1;
    }
    // "called for the release of X", "demanded the withdrawal of Y": the act's noun ends
    // the match, and its "of" names whom it concerns.
    if (IsWord(t, "of") && j == from && j > s.first_token &&
        tagger_->IsNoun(sc.tags[j - 1 - s.first_token])) {
      continue;
    }
    // A place on the way: "protest in Tbilisi against the government", "held talks in
    // Doha with ...". The act is aimed at what follows, if anything.
    if (LocativePrepositions().contains(t.hash) && nouns == 0 && j + 1 < s.end_token) {
      int p = sc.mention_at[j + 1 - s.first_token];
      if (p >= 0 && sc.mentions[p].first == j + 1 && !sc.mentions[p].person &&
          sc.mentions[p].org.empty() && (sc.mentions[p].sector.empty() || sc.mentions[p].capital)) {
        j = sc.mentions[p].end - 1;
        continue;
      }
    }
    // "killing at least 50 civilians", "more than 200 protesters".
    if (IsWord(t, "than") || (IsWord(t, "at") && j + 1 < s.end_token &&
                              (IsWord(toks[j + 1], "least") || IsWord(toks[j + 1], "most")))) {
      continue;
    }
    // "struck dozens of Quds Force targets": a count of what the act was aimed at.
    if (QuantityNouns().contains(t.hash) && j + 1 < s.end_token && IsWord(toks[j + 1], "of")) {
      ++j;
      continue;
    }
    // "supply of arms and military equipment to Russia": a coordinated noun, not an actor.
    if (IsWord(t, "and") && nouns < 2 && j + 1 < s.end_token &&
        sc.mention_at[j + 1 - s.first_token] < 0 &&
        (tagger_->IsAdjective(sc.tags[j + 1 - s.first_token]) ||
         tagger_->IsNoun(sc.tags[j + 1 - s.first_token]))) {
      continue;
    }
    if (penn == "DT" || penn == "PRP$" || penn == "CD" || penn.substr(0, 2) == "JJ" ||
        penn.substr(0, 2) == "RB" || t.text == "'s") {
      continue;
    }
    // "the coordinated attacks", "its continued detention": a participle before its noun.
    if ((penn == "VBN" || penn == "VBD") && j > from && j + 1 < s.end_token &&
        (IsWord(toks[j - 1], "the") || tagger_->Name(sc.tags[j - 1 - s.first_token]) == "PRP$") &&
        tagger_->IsNoun(sc.tags[j + 1 - s.first_token])) {
      continue;
    }
    // "meets imprisoned opposition figures", "will prosecute deposed State Counsellor Aung San
    // Suu Kyi": right after the verb, a participle before the party it describes.
    if ((penn == "VBN" || penn == "VBD") && j == from && j > s.first_token &&
        j + 1 < s.end_token && !toks[j].is(kCapitalized) &&
        !HaveForms().contains(toks[j - 1].hash) && !BeForms().contains(toks[j - 1].hash)) {
      // (A person, or people of a kind; "violated Algerian airspace" is no one.)
      uint32_t k = j + 1;
      while (k < s.end_token && k < j + 4 && sc.mention_at[k - s.first_token] < 0 &&
             toks[k].is(kWord) && toks[k].is(kCapitalized)) {
        ++k;
      }
      int who = k < s.end_token ? sc.mention_at[k - s.first_token] : -1;
      if (who >= 0 && sc.mentions[who].first == k &&
          (sc.mentions[who].person || !sc.mentions[who].sector.empty())) {
        continue;
      }
    }
    // "with acting Foreign Minister Ali Bagheri Kani".
    if (IsWord(t, "acting") || IsWord(t, "outgoing") || IsWord(t, "incoming")) continue;
    // "grateful to our allies and partners, in particular Germany, Poland and Norway": the
    // parties the generic noun is made of.
    if (t.text == "," && nouns > 0 && j + 2 < s.end_token) {
      uint32_t at = j + 1;
      if (IsWord(toks[at], "in") && IsWord(toks[at + 1], "particular")) {
        at += 2;
      } else if (IsWord(toks[at], "including") || IsWord(toks[at], "notably") ||
                 IsWord(toks[at], "especially") || IsWord(toks[at], "namely")) {
        at += 1;
      } else {
        at = 0;
      }
      if (at && at < s.end_token && IsWord(toks[at], "the")) ++at;
      if (at && at < s.end_token && sc.mention_at[at - s.first_token] >= 0 &&
          sc.mentions[sc.mention_at[at - s.first_token]].actor) {
        return sc.mention_at[at - s.first_token];
      }
      // "21 entities, including the state potash producer Belaruskali and the National
      // Olympic Committee of Belarus": the first party the list of parties names. (Not a
      // name that qualifies a thing: "punishment, including new UN Security Council
      // sanctions".)
      static const WordSet parties(std::array{
          "entities", "individuals", "companies", "firms", "banks", "persons", "people",
          "officials", "organisations", "organizations", "groups", "countries", "states"});
      for (uint32_t x = at; at && parties.contains(toks[j - 1].hash) && x < s.end_token &&
                            x < at + 12;
           ++x) {
        if (IsHardBoundary(toks[x]) || tagger_->IsVerb(sc.tags[x - s.first_token])) break;
        int named = sc.mention_at[x - s.first_token];
        if (named < 0 || sc.mentions[named].first != x) continue;
        uint32_t after = sc.mentions[named].end;
        if (sc.mentions[named].actor &&
            (after >= s.end_token || !tagger_->IsNoun(sc.tags[after - s.first_token]))) {
          return named;
        }
        break;
      }
    }
    // "provide weapons, ammunition and equipment to Ukraine": a list of things, not of
    // parties, on the way to whom they go.
    if (t.text == "," && j > s.first_token && sc.mention_at[j - 1 - s.first_token] < 0 &&
        tagger_->IsNoun(sc.tags[j - 1 - s.first_token])) {
      uint32_t end = ThingListEnd(s, j, sc);
      if (end > j) {
        ++nouns;
        reach += end - j;
        j = end - 1;
        continue;
      }
    }
    // "met today in Panama City with ...": a time, then the place, on the way.
    if (nouns == 0 && (IsWord(t, "today") || IsWord(t, "yesterday") || IsWord(t, "tonight"))) {
      continue;
    }
    // "by Islamist militants", "with Kurdish fighters": a word qualifying the mention; and
    // a person's description before the name ("arrest WikiLeaks founder Julian Assange").
    if (penn.substr(0, 2) == "NN" && j + 1 < s.end_token &&
        sc.mention_at[j + 1 - s.first_token] >= 0 &&
        sc.mentions[sc.mention_at[j + 1 - s.first_token]].first == j + 1 &&
        (t.is(kCapitalized) || sc.mentions[sc.mention_at[j + 1 - s.first_token]].person)) {
      continue;
    }
    if (penn.substr(0, 2) == "NN" && nouns < 2 && j + 1 < s.end_token) {
      // "the Joint Declaration of Peace and Friendship signed by": a title is one noun.
      if (t.is(kCapitalized)) {
        uint32_t e = j + 1;
        auto title_word = [&](uint32_t x) {
          return x < s.end_token && toks[x].is(kWord) && toks[x].is(kCapitalized) &&
                 sc.mention_at[x - s.first_token] < 0;
        };
        while (e + 1 < s.end_token &&
               (title_word(e) || ((IsWord(toks[e], "of") || IsWord(toks[e], "and")) &&
                                  title_word(e + 1)))) {
          ++e;
        }
        reach += e - 1 - j;
        j = e - 1;
        // "the arrest of 1,500 Extinction Rebellion protesters": the name qualifies them.
        if (sc.mention_at[j + 1 - s.first_token] >= 0) continue;
      }
      const Token& next = toks[j + 1];
      bool noun_next = tagger_->IsNoun(sc.tags[j + 1 - s.first_token]) &&
                       sc.mention_at[j + 1 - s.first_token] < 0;
      // "the arrest warrants and bounties issued by": nouns joined.
      bool joined = IsWord(next, "and") && j + 2 < s.end_token &&
                    tagger_->IsNoun(sc.tags[j + 2 - s.first_token]) &&
                    sc.mention_at[j + 2 - s.first_token] < 0;
      if (joined) {
        ++j;  // past the "and"
        continue;
      }
      // "23 individuals and 21 entities": counted nouns joined.
      if (IsWord(next, "and") && j + 3 < s.end_token &&
          sc.tags[j + 2 - s.first_token] == cd_ &&
          tagger_->IsNoun(sc.tags[j + 3 - s.first_token]) &&
          sc.mention_at[j + 3 - s.first_token] < 0) {
        j += 2;
        continue;
      }
      // "our allies and partners, in particular Germany, ...": the list below names them.
      if (next.text == "," && j + 3 < s.end_token &&
          ((IsWord(toks[j + 2], "in") && IsWord(toks[j + 3], "particular")) ||
           IsWord(toks[j + 2], "including") || IsWord(toks[j + 2], "notably") ||
           IsWord(toks[j + 2], "especially") || IsWord(toks[j + 2], "namely"))) {
        ++nouns;
        continue;
      }
      if (noun_next || TargetPrepositions().contains(next.hash) || IsWord(next, "by") ||
          IsWord(next, "of") ||
          (judged_act && IsWord(next, "that") &&
           (IsWord(t, "fact") || IsWord(t, "announcement") || IsWord(t, "news"))) ||
          (PlaceNouns().contains(t.hash) && IsWord(next, "of"))) {  // "the region of Guyana"
        ++nouns;
        continue;
      }
      // What someone owns stands for them: "shot down a drone belonging to the coalition",
      // "seized a tanker operated by a Greek company".
      // (And where goods go: "export controls on goods bound for Burma".)
      if (j + 2 < s.end_token &&
          ((IsWord(next, "belonging") && IsWord(toks[j + 2], "to")) ||
           ((IsWord(next, "bound") || IsWord(next, "destined")) && IsWord(toks[j + 2], "for")) ||
           ((IsWord(next, "owned") || IsWord(next, "operated") || IsWord(next, "used") ||
             IsWord(next, "controlled") || IsWord(next, "held")) &&
            IsWord(toks[j + 2], "by")))) {
        ++nouns;
        j += 2;
        continue;
      }
      // Praise or blame of an act is aimed at whoever did it: "condemned the steps taken
      // by the Maduro regime", "rejected the proposal put forward by Egypt".
      std::string_view next_tag = tagger_->Name(sc.tags[j + 1 - s.first_token]);
      if (judged_act && j + 2 < s.end_token && (next_tag == "VBN" || next_tag == "VBD")) {
        uint32_t by = j + 2;
        if (by + 1 < s.end_token && (IsWord(toks[by], "forward") || IsWord(toks[by], "up") ||
                                     IsWord(toks[by], "out"))) {  // "carried out by"
          ++by;
        }
        // "the statement made this afternoon by the Prime Minister", "signed today in
        // Asmara by".
        while (by + 1 < s.end_token && by < j + 6 &&
               (TimeNouns().contains(toks[by].hash) || IsWord(toks[by], "this") ||
                IsWord(toks[by], "on") || IsWord(toks[by], "afternoon") ||
                (IsWord(toks[by], "in") && toks[by + 1].is(kCapitalized)) ||
                (by > j + 2 && toks[by].is(kCapitalized) && IsWord(toks[by - 1], "in")) ||
                // "taken on 7 December 2010 by".
                (by > j + 2 && IsWord(toks[by - 1], "on") &&
                 tagger_->Name(sc.tags[by - s.first_token]) == "CD") ||
                (by > j + 3 && IsWord(toks[by - 2], "on") && toks[by].is(kCapitalized)) ||
                (by > j + 4 && IsWord(toks[by - 3], "on") &&
                 tagger_->Name(sc.tags[by - s.first_token]) == "CD"))) {
          ++by;
        }
        if (IsWord(toks[by], "by")) {
          ++nouns;
          reach += by - (j + 2);
          j = by - 1;
          continue;
        }
        if (IsWord(toks[by], "that") && IsWord(t, "announcement")) {
          told_that = true;
          reach += by - (j + 2);
          j = by - 1;
          continue;
        }
      }
    }
    // "the statement of X", "a resumption of formal diplomatic ties with X".
    if (IsWord(t, "of") && nouns > 0) continue;
    if (IsWord(t, "of") && nouns > 0 && PlaceNouns().contains(toks[j - 1].hash)) continue;
    return -1;
  }
  return -1;
}

uint32_t CoderImpl::ThingListEnd(const SentenceSpan& s, uint32_t comma,
                                 const Scratch& sc) const {
  const auto& toks = sc.tokens;
  auto item = [&](uint32_t k) {  // the end of one item opening at k, or k
    uint32_t n = k;
    while (n < s.end_token && n < k + 3 && sc.mention_at[n - s.first_token] < 0 &&
           toks[n].is(kWord) && !toks[n].is(kCapitalized) &&
           (tagger_->IsNoun(sc.tags[n - s.first_token]) ||
            tagger_->IsAdjective(sc.tags[n - s.first_token]))) {
      ++n;
    }
    return n > k && tagger_->IsNoun(sc.tags[n - 1 - s.first_token]) ? n : k;
  };
  auto conjunction = [&](uint32_t k) { return IsWord(toks[k], "and") || IsWord(toks[k], "or"); };
  uint32_t k = comma;
  for (int items = 0; items < 6 && k + 1 < s.end_token && toks[k].text == ","; ++items) {
    uint32_t at = conjunction(k + 1) ? k + 2 : k + 1;
    uint32_t end = item(at);
    if (end == at) break;
    if (at == k + 2) return end;  // ", and equipment"
    k = end;
    if (k + 1 < s.end_token && conjunction(k)) {  // "ammunition and equipment"
      end = item(k + 1);
      return end > k + 1 ? end : comma;
    }
  }
  return comma;
}

void CoderImpl::BorderTarget(const SentenceSpan& s, uint32_t border, const Scratch& sc,
                             int source, std::vector<int>* targets) const {
  const auto& toks = sc.tokens;
  auto at = [&](uint32_t j) { return j >= s.first_token && j < s.end_token ?
                                     sc.mention_at[j - s.first_token] : -1; };
  int m = at(border - 1);
  if (m < 0 && border >= s.first_token + 2 && toks[border - 1].text == "'s") m = at(border - 2);
  if (m < 0 && border + 2 < s.end_token && IsWord(toks[border + 1], "with")) {
    m = at(IsWord(toks[border + 2], "the") ? border + 3 : border + 2);
  }
  if (m < 0) return;
  const Mention& across = sc.mentions[m];
  if (across.country.empty() || !across.org.empty() || across.person ||
      SameActor(across, sc.mentions[source])) {
    return;
  }
  *targets = {m};
}

Modality CoderImpl::ModalityOf(const SentenceSpan& s, uint32_t subject_end, uint32_t anchor,
                               const Scratch& sc, bool* speculative) const {
  const auto& toks = sc.tokens;
  bool negated = false, conditional = false, intended = false, alleged = false;
  *speculative = false;
  // Cues in the verb group right before the anchor ("has not yet", "will", "plans to",
  // "refused to"): a cue in an earlier, coordinated verb phrase does not count.
  int64_t group_start = anchor;
  bool hesitate = false, intended_step = false;
  // "agreed on Monday to exchange": a time inside the verb group.
  auto time_word = [&](int64_t x) {
    const Token& w = toks[x];
    return Weekdays().contains(w.hash) || Months().contains(w.hash) ||
           (TimeNouns().contains(w.hash) && !w.is(kCapitalized)) ||
           (IsWord(w, "on") && x + 1 < int64_t{anchor} &&
            (Weekdays().contains(toks[x + 1].hash) || Months().contains(toks[x + 1].hash) ||
             sc.tags[x + 1 - s.first_token] == cd_)) ||
           (sc.tags[x - s.first_token] == cd_ && x > s.first_token &&
            (Months().contains(toks[x - 1].hash) || IsWord(toks[x - 1], "on")));
  };
  for (int64_t j = int64_t{anchor} - 1; j >= int64_t{subject_end} && j > int64_t{anchor} - 12; --j) {
    const Token& t = toks[j];
    std::string_view penn = tagger_->Name(sc.tags[j - s.first_token]);
    int64_t next = j + 1;
    while (next + 1 < int64_t{anchor} && time_word(next)) ++next;
    bool catenative = (penn.substr(0, 2) == "VB" || StepNouns().contains(t.hash)) &&
                      next < anchor && IsWord(toks[next], "to");
    // "is taking steps to impose": what the steps are for is intended.
    if (catenative && StepNouns().contains(t.hash)) intended_step = true;
    std::string_view anchor_penn = tagger_->Name(sc.tags[anchor - s.first_token]);
    bool aspect = j + 1 == int64_t{anchor} &&
                  ((AspectVerbs().contains(t.hash) && anchor_penn == "VBG") ||  // "will keep providing"
                   (HelpVerbs().contains(t.hash) &&  // "to help bring", "helped detain"
                    (anchor_penn == "VB" || anchor_penn == "NN")));
    bool cue = aspect || penn.substr(0, 2) == "RB" || penn == "MD" || BeForms().contains(t.hash) ||
               AuxiliaryWords().contains(t.hash) || NegationCues().contains(t.hash) ||
               IntentCues().contains(t.hash) || RefusalVerbs().contains(t.hash) || catenative ||
               time_word(j);
    if (!cue || sc.mention_at[j - s.first_token] >= 0) break;
    group_start = j;
    hesitate |= IsWord(t, "hesitate");
  }
  for (int64_t j = group_start; j < anchor; ++j) {
    uint64_t h = toks[j].hash;
    if (NegationCues().contains(h) || RefusalVerbs().contains(h) ||
        (IsWord(toks[j], "yet") && j + 1 < anchor && IsWord(toks[j + 1], "to"))) {
      negated = true;
    }
    if (IntentCues().contains(h)) intended = true;
    if (SpeculativeCues().contains(h)) *speculative = true;
    if (AllegedCues().contains(h)) alleged = true;
  }
  intended |= intended_step;
  // "will lift the pause and resume assistance", "plans to impose sanctions and freeze
  // assets": a bare verb joined by "and" shares the first verb's modal or intent.
  if (group_start == anchor && anchor > s.first_token + 2 && IsWord(toks[anchor - 1], "and") &&
      tagger_->Name(sc.tags[anchor - s.first_token]) == "VB") {
    for (int64_t j = int64_t{anchor} - 2; j >= int64_t{subject_end} && j + 20 > int64_t{anchor};
         --j) {
      if (IsHardBoundary(toks[j]) || IsWord(toks[j], "and")) break;
      if (sc.mention_at[j - s.first_token] >= 0) continue;  // the first verb's object
      std::string_view penn = tagger_->Name(sc.tags[j - s.first_token]);
      // (Not a preposition: "would send reinforcements to the south and coordinate".)
      const bool infinitive = IsWord(toks[j], "to") && j + 1 < int64_t{anchor} &&
                              tagger_->Name(sc.tags[j + 1 - s.first_token]) == "VB";
      if (penn == "MD" || infinitive) {
        // ("would not lift ... and resume": no intent to carry over.)
        bool neg = false;
        for (int64_t n = j; n < anchor && n < j + 3; ++n) neg |= NegationCues().contains(toks[n].hash);
        int64_t cue = penn == "MD" ? j : j - 1;
        if (!neg && cue >= int64_t{subject_end} && IntentCues().contains(toks[cue].hash)) {
          intended = true;
        }
        break;
      }
      if (penn == "VBD" || penn == "VBZ" || penn == "VBP") break;
    }
  }
  // "reserves the right to take retaliatory measures", "has the right to respond": what one
  // claims the right to do is announced, not done.
  if (anchor >= s.first_token + 2 && IsWord(toks[anchor - 1], "to") &&
      IsWord(toks[anchor - 2], "right")) {
    intended = true;
  }
  if (negated && hesitate) {  // "would not hesitate to use": a resolve, not a refusal
    negated = false;
    intended = true;
  }
  // "I want to thank", "we would like to congratulate": wishing to say it is saying it.
  bool performative = false;
  for (int64_t j = group_start; j < anchor; ++j) {
    performative |= IsWord(toks[j], "want") || IsWord(toks[j], "wants") ||
                    IsWord(toks[j], "wanted") || IsWord(toks[j], "like") ||
                    IsWord(toks[j], "wish") || IsWord(toks[j], "wishes");
  }
  if (intended && performative && SpeechActVerbs().contains(toks[anchor].hash)) intended = false;
  // A promise or threat with an if-clause after it ("will impose sanctions if ..."); acts
  // inside the if-clause itself are not events (InsideCondition).
  const int64_t window = std::max<int64_t>(s.first_token, int64_t{anchor} - 30);
  for (uint32_t j = anchor; j < s.end_token && j < anchor + 30 && intended; ++j) {
    if (IsHardBoundary(toks[j])) break;
    if (IsWord(toks[j], "if") || IsWord(toks[j], "unless")) conditional = true;
  }
  // Allegation cues earlier in the clause ("reportedly", "the alleged").
  for (int64_t j = static_cast<int64_t>(anchor) - 1; j >= window; --j) {
    if (IsHardBoundary(toks[j])) break;
    if (AllegedCues().contains(toks[j].hash) && j + 1 < anchor) alleged = true;
  }
  if (negated) return Modality::kNegated;
  if (conditional) return Modality::kConditional;
  if (intended) return Modality::kIntended;
  if (alleged) return Modality::kAlleged;
  return Modality::kFact;
}

Actor CoderImpl::MakeActor(const Mention& m, const Scratch& sc, const Document& doc) const {
  Actor a;
  uint32_t b = sc.norm.ToOriginal(sc.tokens[m.first].begin);
  uint32_t e = sc.norm.ToOriginal(sc.tokens[m.end - 1].end);
  a.text = doc.text.substr(b, e - b);
  a.code = m.code;
  a.name = m.name;
  a.country = m.country;
  a.sector = m.sector;
  a.org = m.org;
  return a;
}

// True when the anchor is inside an if- or unless-clause: "if North Korea continues to
// supply arms" states a condition, not an act or an intention.
bool InsideCondition(const SentenceSpan& s, uint32_t anchor, const Scratch& sc) {
  const int64_t window = std::max<int64_t>(s.first_token, int64_t{anchor} - 20);
  for (int64_t j = static_cast<int64_t>(anchor) - 1; j >= window; --j) {
    const Token& t = sc.tokens[j];
    if (IsHardBoundary(t) || t.text == ",") return false;
    if (IsWord(t, "if") || IsWord(t, "unless")) return true;
  }
  return false;
}

// The actor of a nominalised act: the possessor ("North Korea's alleged supply of arms") or
// the agent after it ("the provision of arms by the DPRK"). Else, when the act is the
// object of a verb that performs it ("launched airstrikes on", "renewed its assault on",
// "carried out a wave of strikes on"), that verb's subject, with the verb in `*support`.
int CoderImpl::NominalSource(const SentenceSpan& s, const Candidate& c, const Scratch& sc,
                             int64_t* support) const {
  const auto& toks = sc.tokens;
  const int64_t first = s.first_token;
  *support = -1;
  int64_t j = static_cast<int64_t>(c.anchor) - 1;
  while (j >= first && sc.mention_at[j - first] < 0 &&
         (AllegedCues().contains(toks[j].hash) ||
          tagger_->IsAdjective(sc.tags[j - first]) ||
          tagger_->Name(sc.tags[j - first]).substr(0, 2) == "RB")) {
    --j;
  }
  if (j - 1 >= first && toks[j].text == "'s" && sc.mention_at[j - 1 - first] >= 0) {
    return sc.mention_at[j - 1 - first];  // "North Korea's arms deliveries"
  }
  if (j >= first && sc.mention_at[j - first] >= 0) {
    return sc.mention_at[j - first];  // "North Korean arms transfers", "Russian attacks"
  }
  // "In a phone call with Netanyahu, Biden said", "Putin, in a phone call with Erdogan,
  // urged": a talk the clause's subject holds.
  const bool talk = j > first && InATalk(toks, j, c.anchor);
  // "on a state visit to China", "returning from a visit to Seoul": past the visit's own
  // nouns to its article.
  int64_t lead = j;
  while (!talk && lead > j - 2 && lead > first && sc.mention_at[lead - first] < 0 &&
         tagger_->Name(sc.tags[lead - first]) == "NN") {
    --lead;
  }
  const bool visit = !talk && lead > first && OnOrDuringA(toks, lead);
  if (!visit) lead = j;
  // "Blinken, on a visit to New Zealand, says": the name set off before it.
  // (Not a place: "met Meloni in Rome, on his first visit to Italy".)
  if ((talk || visit) && lead - 2 > first && toks[lead - 2].text == "," &&
      sc.mention_at[lead - 3 - first] >= 0) {
    const Mention& m = sc.mentions[sc.mention_at[lead - 3 - first]];
    if (talk) return m.actor ? sc.mention_at[lead - 3 - first] : -1;
    if (m.actor && !m.capital) return sc.mention_at[lead - 3 - first];
  }
  // "met Meloni in Rome, on his first visit to Italy": the clause's subject's act.
  // "On a visit to Warsaw, US Vice President Joe Biden meets".
  if (lead > first && (talk || visit)) {
    for (int64_t v = lead - 2; v >= first; --v) {
      std::string_view penn = tagger_->Name(sc.tags[v - first]);
      if (penn == "VBD" || penn == "VBZ" || penn == "VBP") {
        return FindSubject(s, static_cast<uint32_t>(v), sc);
      }
    }
    // "During her visit to Kyiv, Baerbock met ...": the subject after the comma.
    for (uint32_t k = c.end; k + 1 < s.end_token; ++k) {
      if (toks[k].text != ",") continue;
      uint32_t at = k + 1 < s.end_token && IsWord(toks[k + 1], "the") ? k + 2 : k + 1;
      int m = sc.mention_at[at - first];
      return m >= 0 && sc.mentions[m].actor && !sc.mentions[m].capital ? m : -1;
    }
  }
  // The agent inside the act's own phrase ("the attack launched by Iran against Israel"),
  // or right after a phrase that ends on "by" ("the deal signed by Ethiopia and Somaliland").
  for (uint32_t k = c.anchor + 1; k + 1 < c.end; ++k) {
    if (IsWord(toks[k], "by") && sc.mention_at[k + 1 - first] >= 0) {
      return sc.mention_at[k + 1 - first];
    }
  }
  if (c.end > c.anchor + 1 && IsWord(toks[c.end - 1], "by") && c.end < s.end_token) {
    return FindObject(s, c.end, sc);
  }
  // The agent after the act's own phrase ("an attack on a UN centre in the Congo by X").
  for (uint32_t k = c.end; k < s.end_token && k < c.end + 10; ++k) {
    if (IsHardBoundary(toks[k]) || toks[k].text == "," || tagger_->IsVerb(sc.tags[k - first])) {
      break;
    }
    if (IsWord(toks[k], "by")) return FindObject(s, k + 1, sc);
  }
  // The performing verb: over determiners, possessive pronouns, numbers, adjectives,
  // particles and quantities ("a series of", "dozens of").
  j = static_cast<int64_t>(c.anchor) - 1;
  for (int guard = 0; guard < 12 && j >= first && sc.mention_at[j - first] < 0; ++guard, --j) {
    std::string_view penn = tagger_->Name(sc.tags[j - first]);
    // "launch Operation Decisive Storm, a campaign of air strikes": the act in apposition to
    // the operation's name.
    if (toks[j].text == "," && j - 1 > first && toks[j - 1].is(kCapitalized) &&
        sc.mention_at[j - 1 - first] < 0) {
      int64_t k = j - 1;
      while (k > first && k > j - 6 && toks[k].is(kCapitalized) && sc.mention_at[k - first] < 0) {
        --k;
      }
      if (k < j - 1) {
        j = k + 1;  // the loop's step moves to the word before the name
        continue;
      }
    }
    if (IsWord(toks[j], "campaign") || IsWord(toks[j], "operation")) continue;
    if (penn == "DT" || penn == "PRP$" || penn == "CD" || penn == "RP" ||
        tagger_->IsAdjective(sc.tags[j - first]) || penn.substr(0, 2) == "RB" ||
        QuantityNouns().contains(toks[j].hash) || IsWord(toks[j], "of") ||
        IsWord(toks[j], "out") || IsWord(toks[j], "up")) {
      continue;
    }
    // A headline's verb may be tagged as a plural noun ("The Israeli military launches").
    bool verb = tagger_->IsVerb(sc.tags[j - first]) ||
                (penn == "NNS" && j > first && sc.mention_at[j - 1 - first] >= 0);
    if (verb && SupportVerbs().contains(sc.lex[j - first].lemma_hash)) {
      *support = j;
      return FindSubject(s, static_cast<uint32_t>(j), sc);
    }
    break;
  }
  return -1;
}

// Groups tokens by the classes the role rules use: noun groups (determiners, adjectives,
// numbers, nouns, possessives, and actor mentions), verb groups (modals, verbs, adverbs,
// "to"), prepositions and clause breaks (hard punctuation, subordinators, relativizers).
std::string CoderImpl::Chunks(const SentenceSpan& s, const Scratch& sc) const {
  std::string out;
  char open = 0;  // 'N', 'V' or 0
  auto close = [&]() {
    if (open) out += "]";
    open = 0;
  };
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = sc.tokens[i];
    std::string_view penn = tagger_->Name(sc.tags[i - s.first_token]);
    bool in_mention = sc.mention_at[i - s.first_token] >= 0;
    char kind = 0;
    if (IsHardBoundary(t) || Subordinators().contains(t.hash) || Relativizers().contains(t.hash)) {
      close();
      out += out.empty() ? "||" : " ||";
    } else if (in_mention || penn == "DT" || penn == "PRP$" || penn == "POS" || penn == "CD" ||
               penn.substr(0, 2) == "NN" || penn.substr(0, 2) == "JJ" || penn == "PRP") {
      kind = 'N';
    } else if (penn == "MD" || penn.substr(0, 2) == "VB" || penn.substr(0, 2) == "RB" ||
               (penn == "TO" && i + 1 < s.end_token &&
                tagger_->IsVerb(sc.tags[i + 1 - s.first_token]))) {
      kind = 'V';
    }
    if (kind != open) {
      close();
      if (kind) out += std::string(out.empty() ? "" : " ") + (kind == 'N' ? "[NP" : "[VP");
      open = kind;
    }
    if (!out.empty()) out += " ";
    out += t.text;
  }
  close();
  return out;
}

// Where an event happened: the first place named after a locative preposition ("in El
// Fasher", "near the Korean Peninsula") after the event word, else one opening the sentence
// ("In Kharkiv, ..."). A country named that way gives the country alone. Never guessed from
// the actors.
void CoderImpl::Locate(const SentenceSpan& s, uint32_t anchor, uint32_t match_end,
                       const Scratch& sc, std::string_view text, Event* e) const {
  const auto& toks = sc.tokens;
  auto try_at = [&](uint32_t prep) {
    if (!LocativePrepositions().contains(toks[prep].hash) || IsWord(toks[prep], "over") ||
        IsWord(toks[prep], "into") || IsWord(toks[prep], "via") || IsWord(toks[prep], "through")) {
      return false;
    }
    uint32_t j = prep + 1;
    if (j < s.end_token && IsWord(toks[j], "the")) ++j;
    // "in northern Somalia" (not "in South Sudan"), "in a mountainous area of northern
    // Somalia".
    const bool tagged = sc.tags.size() == s.end_token - s.first_token;
    for (uint32_t k = j; k + 1 < s.end_token && k < prep + 8; ++k) {
      const Token& w = toks[k];
      if (w.is(kCapitalized) || sc.mention_at[k - s.first_token] >= 0) break;
      bool region = RegionAdjectives().contains(w.hash);
      bool within = IsWord(w, "a") || IsWord(w, "an") || IsWord(w, "the") || IsWord(w, "of") ||
                    PlaceNouns().contains(w.hash) ||
                    (tagged && (tagger_->IsAdjective(sc.tags[k - s.first_token]) ||
                                tagger_->IsNoun(sc.tags[k - s.first_token])));
      if (!region && !within) break;
      // Only a place's phrase that ends in "of" or a region's word leads on to the place.
      if (region || IsWord(w, "of")) j = k + 1;
    }
    if (j >= s.end_token) return false;
    uint32_t end = 0;
    // A country named is the country, before any namesake town in the gazetteer ("in
    // Lebanon" is not Lebanon, Tennessee).
    int named = sc.mention_at[j - s.first_token];
    bool country = named >= 0 && sc.mentions[named].first == j && sc.mentions[named].actor &&
                   sc.mentions[named].sector.empty() && !sc.mentions[named].person &&
                   sc.mentions[named].org.empty() && !sc.mentions[named].capital &&
                   !sc.mentions[named].country.empty();
    if (const Place* p = country ? nullptr : places_->MatchAt(toks, j, s.end_token, &end)) {
      // "in Kanbalu, Sagaing": the country may follow the city.
      e->location_place = p->name;
      e->location_country = p->country;
      e->location_lat = p->lat;
      e->location_lon = p->lon;
      return true;
    }
    int m = sc.mention_at[j - s.first_token];
    bool weapon = m >= 0 && sc.mentions[m].end < s.end_token &&
                  AttackNouns().contains(toks[sc.mentions[m].end].hash);  // "in Russian strikes"
    if (m >= 0 && !weapon && sc.mentions[m].first == j && sc.mentions[m].sector.empty() &&
        !sc.mentions[m].person && sc.mentions[m].org.empty() && !sc.mentions[m].country.empty()) {
      const Mention& mm = sc.mentions[m];
      uint32_t b = sc.norm.ToOriginal(toks[mm.first].begin);
      uint32_t en = sc.norm.ToOriginal(toks[mm.end - 1].end);
      e->location_country = mm.country;
      e->location_place = std::string(text.substr(b, en - b));  // as written: "Russia"
      return true;
    }
    return false;
  };
  // The verb's own phrase: at most a short object between the event words and the place
  // ("held talks in Pyongyang", "struck targets across Gaza"), and no comma.
  for (uint32_t j = anchor + 1; j < s.end_token && j <= match_end + 5; ++j) {
    if (IsHardBoundary(toks[j]) || toks[j].text == "," || Subordinators().contains(toks[j].hash)) break;
    if (try_at(j)) return;
  }
  if (try_at(s.first_token)) return;
  if (s.first_token + 1 < anchor && toks[s.first_token].text == "-") try_at(s.first_token + 1);
}

// The country of the first place named after a locative preposition between `from` and
// the clause's end: "killed 19 in two villages in Lamu County, Kenya" gives KEN, "killed in
// Russian strikes on a store in Kostiantynivka" gives UKR (an attacker's adjective before
// the weapon is not a place). Empty when none.
bool CoderImpl::PartiesElsewhere(const SentenceSpan& s, const std::vector<Mention>& parties,
                                 size_t mentions, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  auto party_country = [&](const std::string& c) {
    return std::any_of(parties.begin(), parties.end(),
                       [&](const Mention& m) { return m.country == c; });
  };
  bool placed = false;
  for (size_t q = 0; q < mentions; ++q) {
    if (sc.mentions[q].org.empty() && party_country(sc.mentions[q].country)) return false;
  }
  for (uint32_t x = s.first_token; x + 1 < s.end_token; ++x) {
    if (!IsWord(toks[x], "in")) continue;
    uint32_t at = IsWord(toks[x + 1], "the") ? x + 2 : x + 1, end = 0;
    if (at >= s.end_token || !toks[at].is(kCapitalized) || Months().contains(toks[at].hash)) {
      continue;
    }
    std::string here;
    for (size_t q = 0; q < mentions && here.empty(); ++q) {
      const Mention& m = sc.mentions[q];
      if (m.first == at && !m.person && m.org.empty() && m.sector.empty()) here = m.country;
    }
    const Place* p = here.empty() ? places_->MatchAt(toks, at, s.end_token, &end) : nullptr;
    if (p) here = p->country;
    if (!here.empty() && party_country(here)) return false;
    placed |= !here.empty();
  }
  return placed;
}

// A small town of the gazetteer (not a region or a curated place) in a country the
// sentence does not name, when it names another: "the villages of Nondin and Soro" are in
// Burkina Faso, not in India's Soro. The gazetteer keeps one town per name, and a village
// it lacks may share a foreign town's.
bool CoderImpl::ForeignTown(const Place& p, const SentenceSpan& s, const Scratch& sc) const {
  if (p.country.empty() || p.population >= 100000 || p.source != "geonames") {
    return false;
  }
  bool other = false;
  for (const Mention& m : sc.mentions) {
    if (m.end > s.end_token || m.first < s.first_token || !m.actor || m.country.empty()) continue;
    if (m.country == p.country) return false;
    other = true;
  }
  return other;
}

std::string CoderImpl::PlaceCountryAfter(const SentenceSpan& s, uint32_t from,
                                         const Scratch& sc) const {
  const auto& toks = sc.tokens;
  bool located = false;
  for (uint32_t j = from; j < s.end_token && j < from + 25; ++j) {
    const Token& t = toks[j];
    if (IsHardBoundary(t) || Subordinators().contains(t.hash) || Relativizers().contains(t.hash)) {
      break;
    }
    if (LocativePrepositions().contains(t.hash) || IsWord(t, "in")) {
      located = true;
      continue;
    }
    // "near the border with Brazil": on this side of it, not in Brazil.
    if ((IsWord(t, "border") || IsWord(t, "frontier")) && j + 1 < s.end_token &&
        IsWord(toks[j + 1], "with")) {
      located = false;
      continue;
    }
    if (!located || !t.is(kCapitalized)) continue;
    uint32_t end = 0;
    int named = sc.mention_at[j - s.first_token];  // a country before its namesake towns
    bool country = named >= 0 && sc.mentions[named].first == j && sc.mentions[named].actor &&
                   sc.mentions[named].sector.empty() && !sc.mentions[named].person &&
                   sc.mentions[named].org.empty() && !sc.mentions[named].country.empty();
    if (const Place* p = country ? nullptr : places_->MatchAt(toks, j, s.end_token, &end)) {
      if (!p->country.empty() && !ForeignTown(*p, s, sc)) return p->country;
      j = end - 1;
      continue;
    }
    int m = sc.mention_at[j - s.first_token];
    if (m < 0 || sc.mentions[m].first != j) continue;
    const Mention& mm = sc.mentions[m];
    bool weapon = mm.end < s.end_token && AttackNouns().contains(toks[mm.end].hash);
    if (!weapon && !mm.person && mm.org.empty() && !mm.country.empty()) return mm.country;
    j = mm.end - 1;
  }
  return "";
}

// The one country where a sentence sets its events: every place named after a locative
// preposition ("in Tehran", "near the town of Kidal", "in northern Mali") lies in it, and
// "in the country" points back to the sentence's one country. Empty when there are none or
// several. Reads the mentions directly: the token index is not built yet.
// An armed group the dictionary does not know, by the shape of its name: capitalised words
// ending in "Army", "Front", "Force" ... with at least one word of its own ("the anti-coup
// militia group Karenni National Defence Force ... against the Burmese military"). It is a
// rebel group of the one country the sentence names, or where it is set; else no actor.
Mention CoderImpl::CountryMention(const std::string& country, std::string_view sector,
                                  uint32_t first, uint32_t end, const char* via) const {
  Mention m;
  m.first = first;
  m.end = end;
  m.country = country;
  m.sector = std::string(sector);
  m.code = country + m.sector;
  m.name = actors_->CountryName(country);
  m.actor = true;
  m.via = via;
  m.entry = "gazetteer";
  return m;
}

void CoderImpl::NameArmedGroups(const SentenceSpan& s, Scratch* sc) const {
  const auto& toks = sc->tokens;
  auto covered = [&](uint32_t t) {
    for (const Mention& m : sc->mentions) {
      if (m.actor && m.first <= t && t < m.end) return true;
    }
    return false;
  };
  for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
    const Token& head = toks[i];
    if (!head.is(kWord) || !head.is(kCapitalized) || head.is(kAllCaps) ||
        !ArmedGroupHeads().contains(head.hash) || covered(i)) {
      continue;
    }
    uint32_t start = i;
    bool own_word = false;
    while (start > s.first_token && start + 6 > i) {
      const Token& t = toks[start - 1];
      if (!t.is(kWord) || !t.is(kCapitalized) || Determiners().contains(t.hash) ||
          covered(start - 1)) {
        break;
      }
      own_word |= !ServiceWords().contains(t.hash) && !ArmedGroupHeads().contains(t.hash);
      --start;
    }
    // The sentence's first word may be capitalised only as its opening.
    if (start == s.first_token && start + 1 == i) own_word = false;
    if (!own_word) continue;
    std::string country;
    bool several = false;
    for (const Mention& m : sc->mentions) {
      if (!m.actor || m.country.empty()) continue;
      several |= !country.empty() && country != m.country;
      country = m.country;
    }
    if (several) continue;
    if (country.empty()) country = SentenceCountry(s, *sc);
    if (country.empty()) continue;
    // Replace any sector words inside the name ("Army").
    std::erase_if(sc->mentions,
                  [&](const Mention& m) { return m.first >= start && m.end <= i + 1; });
    Mention g;
    g.first = start;
    g.end = i + 1;
    g.country = country;
    g.sector = "REB";
    g.code = country + "REB";
    g.name = std::string(toks[start].text.data(),
                         toks[i].text.data() + toks[i].text.size() - toks[start].text.data());
    g.actor = true;
    g.via = "name";
    auto at = std::find_if(sc->mentions.begin(), sc->mentions.end(),
                           [&](const Mention& m) { return m.first > start; });
    sc->mentions.insert(at, std::move(g));
  }
}

// "Seoul imposed sanctions on the North": once a document has named either Korea, "the
// North" and "the South", capitalised and standing alone, are North and South Korea.
void CoderImpl::NameKoreas(const SentenceSpan& s, Scratch* sc) const {
  const auto& toks = sc->tokens;
  for (const Mention& m : sc->mentions) {
    sc->koreas |= m.actor && (m.country == "PRK" || m.country == "KOR");
  }
  if (!sc->koreas) return;
  for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
    bool north = toks[i].text == "North", south = toks[i].text == "South";
    if (!(north || south) || !IsWord(toks[i - 1], "the")) continue;
    if (i + 1 < s.end_token && toks[i + 1].is(kCapitalized)) continue;  // "the North Atlantic"
    auto at = std::find_if(sc->mentions.begin(), sc->mentions.end(),
                           [&](const Mention& m) { return m.end > i; });
    if (at != sc->mentions.end() && at->first <= i) continue;
    sc->mentions.insert(at, CountryMention(north ? "PRK" : "KOR", "", i, i + 1, "the Koreas"));
  }
}

// "The Department of the Treasury", "the Foreign, Commonwealth and Development Office": in a
// government's statement, one of its agencies named with no country is that government's.
void CoderImpl::NameHomeAgencies(const SentenceSpan& s, Scratch* sc) const {
  const auto& toks = sc->tokens;
  // A release's dateline names its capital ("WASHINGTON — Today, the Department ..."):
  // the home of agencies it names with no country, when no author or voice says whose.
  if (!sc->dateline && !sc->dateline_seen && !sc->mentions.empty()) {
    const Mention& m = sc->mentions[0];
    sc->dateline_seen = true;
    uint32_t at = m.end;
    if (!m.country.empty() && m.org.empty() && m.first == s.first_token &&
        toks[m.first].is(kAllCaps) &&
        at < s.end_token && (toks[at].text == "-" || toks[at].text == "—" ||
                             toks[at].text == "--" || toks[at].text == "(")) {
      sc->dateline = m;
    }
  }
  // "The Foreign Office summoned Iran's charge d'affaires": with no country before it, the
  // Foreign Office is Britain's (Germany's is "the Federal Foreign Office").
  for (Mention& m : sc->mentions) {
    if (!m.actor && m.sector == "GOV" && m.end == m.first + 2 && m.first > s.first_token &&
        IsWord(toks[m.first - 1], "the") && toks[m.first].is(kCapitalized) &&
        toks[m.first + 1].is(kCapitalized) && IsWord(toks[m.first], "foreign") &&
        IsWord(toks[m.first + 1], "office")) {
      m = CountryMention("GBR", "GOV", m.first, m.end, "agency");
    }
  }
  const Mention* home = sc->author  ? &*sc->author
                        : sc->voice ? &*sc->voice
                        : sc->dateline ? &*sc->dateline
                                       : nullptr;
  if (!home || home->country.empty() || !home->org.empty()) return;
  const std::string country = home->country;
  // "Treasury also designated": a release names its own department without "the".
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    bool bare = i == s.first_token ||
                (!toks[i - 1].is(kCapitalized) && !IsWord(toks[i - 1], "the"));
    if (bare && IsWord(toks[i], "treasury") && toks[i].is(kCapitalized) &&
        std::none_of(sc->mentions.begin(), sc->mentions.end(), [&](const Mention& m) {
          return m.first <= i && i < m.end && (m.actor || m.end > i + 1);
        })) {
      std::erase_if(sc->mentions, [&](const Mention& m) { return m.first == i; });
      sc->mentions.insert(std::find_if(sc->mentions.begin(), sc->mentions.end(),
                                       [&](const Mention& m) { return m.first > i; }),
                          CountryMention(country, "GOV", i, i + 1, "agency"));
    }
  }
  for (uint32_t i = s.first_token; i + 2 < s.end_token; ++i) {
    if (!IsWord(toks[i], "the") || !toks[i + 1].is(kCapitalized)) continue;
    // The capitalised name: its words, with "of", "the", "and" and commas inside.
    uint32_t end = i + 1, last_cap = i + 1;
    bool agency = false, named = false;
    for (; end < s.end_token && end < i + 10; ++end) {
      const Token& t = toks[end];
      if (t.is(kCapitalized) && t.is(kWord)) {
        last_cap = end;
        agency |= AgencyHeads().contains(t.hash);
        for (const Mention& m : sc->mentions) named |= m.actor && m.first <= end && end < m.end;
      } else if (!(IsWord(t, "of") || IsWord(t, "the") || IsWord(t, "and") || t.text == ",")) {
        break;
      }
    }
    if (!agency || named) {
      i = last_cap;
      continue;
    }
    // Replace any sector words inside the name ("Treasury").
    std::erase_if(sc->mentions,
                  [&](const Mention& m) { return m.first > i && m.end <= last_cap + 1; });
    Mention g;
    g.first = i + 1;
    g.end = last_cap + 1;
    g.country = country;
    g.sector = "GOV";
    g.code = country + "GOV";
    g.name = std::string(toks[i + 1].text.data(), toks[last_cap].text.data() +
                                                      toks[last_cap].text.size() -
                                                      toks[i + 1].text.data());
    g.actor = true;
    g.via = "agency";
    auto at = std::find_if(sc->mentions.begin(), sc->mentions.end(),
                           [&](const Mention& m) { return m.first > g.first; });
    sc->mentions.insert(at, std::move(g));
    i = last_cap;
  }
}

int CoderImpl::ArmedGroupAfter(uint32_t end, const SentenceSpan& s, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  if (end == s.first_token || end + 1 >= s.end_token ||
      !(IsWord(toks[end], "from") || IsWord(toks[end], "of"))) {
    return -1;
  }
  static const WordSet fighters(std::array{"fighters", "militants", "gunmen", "insurgents",
                                           "jihadists", "members", "rebels", "militiamen"});
  if (!fighters.contains(toks[end - 1].hash)) return -1;
  uint32_t at = end + 1;
  if (IsWord(toks[at], "the") || IsWord(toks[at], "an") || IsWord(toks[at], "a")) ++at;
  for (size_t i = 0; i < sc.mentions.size(); ++i) {
    const Mention& g = sc.mentions[i];
    if (g.first != at) continue;
    bool armed = g.sector == "REB" || g.sector == "UAF" || g.sector == "CRM";
    return g.actor && !g.person && armed ? static_cast<int>(i) : -1;
  }
  return -1;
}

std::string CoderImpl::SentenceCountry(const SentenceSpan& s, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  std::string country;
  bool several = false, the_country = false;
  auto add = [&](const std::string& c) {
    if (c.empty()) return;
    several |= !country.empty() && country != c;
    country = c;
  };
  // ("marched through Yerevan": a march's streets, not a transit.)
  static const WordSet marched(std::array{"march", "marched", "marches", "marching",
                                          "paraded"});
  for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
    bool through = IsWord(toks[i], "through") &&
                   !(i > s.first_token && marched.contains(toks[i - 1].hash));
    // ("returned to the streets of Khartoum": the streets are in the town.)
    const bool streets = (IsWord(toks[i], "streets") || IsWord(toks[i], "street")) &&
                         IsWord(toks[i + 1], "of");
    if (streets) ++i;
    if (!streets && (!LocativePrepositions().contains(toks[i].hash) || IsWord(toks[i], "via") ||
                     IsWord(toks[i], "over") || IsWord(toks[i], "into") || through)) {
      continue;
    }
    // "In a report released in Geneva", "told a news conference in Brussels": where words were
    // given out, not where the story happens.
    static const WordSet venue(std::array{"released", "published", "issued", "presented",
                                          "speaking", "spoke", "conference", "briefing",
                                          "convened", "session", "summit", "meeting", "met",
                                          "talks"});
    if (i > s.first_token && venue.contains(toks[i - 1].hash)) continue;
    uint32_t j = i + 1;
    if (IsWord(toks[j], "the")) ++j;
    while (j < s.end_token && RegionAdjectives().contains(toks[j].hash)) ++j;
    if (j + 2 < s.end_token && PlaceNouns().contains(toks[j].hash) && IsWord(toks[j + 1], "of")) {
      j += 2;  // "the town of Kidal"
    }
    if (j >= s.end_token) break;
    the_country |= IsWord(toks[j], "country") && IsWord(toks[j - 1], "the");
    bool named = false;  // a country or its capital, before any namesake in the gazetteer
    for (const Mention& m : sc.mentions) {
      // ("in his country": the country the sentence is about already, not a new scene.)
      if (m.first == j && m.actor && !m.person && m.org.empty() && m.via != "pronoun" &&
          (m.sector.empty() || m.capital)) {
        add(m.country);
        named = true;
      }
    }
    uint32_t end = 0;
    const Place* p = named ? nullptr : places_->MatchAt(toks, j, s.end_token, &end);
    if (p) add(p->country);
    // "in Kuriga, Kaduna State, Nigeria": an address whose parts the gazetteer lacks ends
    // in its country.
    for (uint32_t k = j; !named && !p && k < s.end_token && k < j + 8; ++k) {
      const Token& w = toks[k];
      if (!(w.text == "," || (w.is(kWord) && w.is(kCapitalized)))) break;
      for (const Mention& m : sc.mentions) {
        if (m.first == k && m.actor && !m.person && m.org.empty() && m.sector.empty() &&
            !m.country.empty()) {
          add(m.country);
          named = true;
        }
      }
    }
  }
  if (country.empty() && the_country) {
    for (const Mention& m : sc.mentions) {
      if (m.actor && m.org.empty()) add(m.country);
    }
  }
  return several ? "" : country;
}

// The one country named before the colon of an item's topic ("Hong Kong protests: Police
// fire tear gas ..."), else empty.
std::string CoderImpl::ItemTopicCountry(const SentenceSpan& s, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  for (uint32_t c = s.first_token + 1; c < s.first_token + 8 && c < s.end_token; ++c) {
    if (toks[c].text != ":") continue;
    std::string topic;
    for (const Mention& m : sc.mentions) {
      if (m.first >= c || !m.actor || m.country.empty()) continue;
      if (!topic.empty() && topic != m.country) return "";
      topic = m.country;
    }
    return topic;
  }
  return "";
}

// Whether a mention acts in its sentence (for explaining and for measuring recognition):
// "place" after a locative preposition ("in northern Ethiopia", "the border with Uganda",
// "visited Pyongyang") or closing an address; "modifier" when it qualifies a noun ("UN
// Charter", "Chinese animated film", "US$"), a title ("Special Envoy for Yemen") or a
// name it restates in parentheses; "heading" in a line with no verb. A mention joined by
// "and" to a place or modifier is one too. Anything else is an "actor".
const char* CoderImpl::MentionUse(const Mention& m, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  const SentenceSpan* s = nullptr;
  for (const SentenceSpan& span : sc.sentences) {
    if (span.first_token <= m.first && m.first < span.end_token) s = &span;
  }
  if (!s) return "actor";
  const int64_t first = s->first_token;
  auto tag = [&](int64_t i) { return tagger_->Name(sc.tags[i - first]); };
  auto mention_at = [&](int64_t i) { return sc.mention_at[i - first]; };
  // A heading or topic line has no verb and no closing full stop ("Israel–Hezbollah
  // conflict"); a headline-style sentence whose verb the tagger read as a noun ("Burundi
  // initiates the withdrawal ...") still ends with one.
  bool verb = false;
  for (uint32_t i = s->first_token; i < s->end_token; ++i) verb |= tag(i).substr(0, 2) == "VB";
  const std::string_view last = toks[s->end_token - 1].text;
  if (!verb && last != "." && last != "?" && last != "!") return "heading";
  // A dateline: "WASHINGTON (Reuters) —", "KINGSTOWN, St. Vincent (AP) -".
  if (toks[s->first_token].is(kAllCaps) && toks[s->first_token].is(kWord)) {
    bool paren = false;
    for (uint32_t i = s->first_token; i < s->end_token && i < s->first_token + 14; ++i) {
      std::string_view t = toks[i].text;
      paren |= t == "(";
      if (paren && (t == "—" || t == "-" || t == "--" || t == "–")) {
        if (m.end <= i) return "place";
        break;
      }
    }
  }
  int64_t before = int64_t{m.first} - 1;
  // "Woodward (United Kingdom)", "WFP [World Food Programme]": a restatement or an
  // affiliation in brackets after another mention.
  if (before - 1 >= first && (toks[before].text == "(" || toks[before].text == "[") &&
      mention_at(before - 1) >= 0 && m.end < s->end_token &&
      (toks[m.end].text == ")" || toks[m.end].text == "]")) {
    return "modifier";
  }
  if (before >= first && toks[before].text == "[") --before;  // an editor's "[Venezuela]"
  if (before >= first && IsWord(toks[before], "the")) --before;
  // "northern Ethiopia", "the eastern DRC": a part of a country is a place.
  if (before >= first && RegionAdjectives().contains(toks[before].hash) && m.sector.empty() &&
      m.org.empty() && !m.person) {
    return "place";
  }
  if (before >= first) {
    const Token& b = toks[before];
    // "the Security Council meeting on Ukraine": what is talked about.
    if ((IsWord(b, "on") || IsWord(b, "about") || IsWord(b, "regarding")) && before > first &&
        TopicNouns().contains(toks[before - 1].hash)) {
      return "topic";
    }
    // "an emergency meeting of the Security Council", "the stability of Somalia": the venue
    // or the thing at stake, not the one acting.
    if (IsWord(b, "of") && before > first && OfTopicNouns().contains(toks[before - 1].hash)) {
      return "topic";
    }
    if (LocativePrepositions().contains(b.hash)) return "place";
    // "the border with Uganda", "the Akçakale district of Turkey", "the capital Baghdad".
    int64_t noun = (IsWord(b, "of") || IsWord(b, "with") || IsWord(b, "between")) ? before - 1
                                                                                    : before;
    // (Not a name's last word: "met in Panama City with President Mulino".)
    if (noun >= first && PlaceNouns().contains(toks[noun].hash) && mention_at(noun) < 0) {
      return "place";
    }
    if (noun > first && toks[noun].text == "," && IsWord(toks[noun - 1], "capital")) {
      return "place";  // "the capital, Sana'a"
    }
    // "visited Cairo", "travelled to Moscow": a capital as a destination.
    int64_t v = (IsWord(b, "to") || IsWord(b, "from")) ? before - 1 : before;
    if (m.capital && v >= first && TravelVerbs().contains(toks[v].hash)) return "place";
    // "the Special Envoy for Yemen": part of a title.
    if (IsWord(b, "for") && before - 1 > first && toks[before - 1].is(kCapitalized) &&
        mention_at(before - 1) < 0 && !m.person && m.org.empty() && m.sector.empty()) {
      return "modifier";
    }
    // "Sudan and South Sudan" after "the Special Envoy for": the list shares the use.
    if ((IsWord(b, "and") || IsWord(b, "or") || b.text == ",") && before - 1 >= first) {
      int prev = mention_at(before - 1);
      if (prev >= 0 && sc.mentions[prev].end == before && &sc.mentions[prev] != &m &&
          !m.person && m.sector.empty()) {
        std::string_view use = MentionUse(sc.mentions[prev], sc);
        if (use == "place" || use == "modifier") return use == "place" ? "place" : "modifier";
      }
    }
  }
  // The last item of an address: "in Jisr ash-Shughur, Idlib Governorate, Syria", or
  // "Martin County, Indiana, United States" where a place of the same country comes before.
  // Not a person ("in the Kremlin, Russian President Vladimir Putin signs").
  if (before >= first && toks[before].text == "," && !m.person) {
    int64_t j = before;
    int steps = 0;
    while (j >= first && steps < 14 &&
           (toks[j].text == "," || toks[j].text == "-" || toks[j].is(kCapitalized) ||
            AddressWords().contains(toks[j].hash) || toks[j].text.starts_with("al-") ||
            toks[j].text.starts_with("el-"))) {
      uint32_t end = 0;
      const Place* p = toks[j].is(kCapitalized) && !m.country.empty()
                           ? places_->MatchAt(toks, j, before, &end)
                           : nullptr;
      if (p && p->country == m.country && end == before) return "place";
      --j, ++steps;
    }
    if (j >= first && LocativePrepositions().contains(toks[j].hash)) return "place";
  }
  // A noun after the mention makes it a modifier ("Security Council resolution", "TPLF
  // turnover", "Chinese animated film"), unless that noun is a verb in a headline ("Russia
  // strikes") or says who acts ("NATO members"). A person's name is not a modifier.
  if (m.person || m.group >= 0 || m.end >= s->end_token) return "actor";
  const Token& next = toks[m.end];
  if (next.text == "$") return "modifier";  // "US$38 million"
  // "the U.S.-led drills", "a Saudi-backed force".
  if ((next.text == "-" || next.text == "–") && m.end + 1 < s->end_token &&
      (tag(m.end + 1) == "VBN" || tag(m.end + 1) == "VBD") && mention_at(m.end + 1) < 0) {
    return "modifier";
  }
  // "the United States – Australia Alliance": the pair modifies what follows the second.
  if ((next.text == "–" || next.text == "-") && m.end + 1 < s->end_token &&
      mention_at(m.end + 1) >= 0 && &sc.mentions[mention_at(m.end + 1)] != &m) {
    std::string_view use = MentionUse(sc.mentions[mention_at(m.end + 1)], sc);
    if (use == "modifier") return "modifier";
  }
  // "attacks against U.S. and allied interests".
  if (IsWord(next, "and") && m.org.empty() && m.sector.empty() && m.end + 2 < s->end_token &&
      mention_at(m.end + 1) < 0 &&
      (tag(m.end + 1).substr(0, 2) == "JJ" || tag(m.end + 1) == "VBN" ||
       tag(m.end + 1) == "VBD") &&
      tag(m.end + 2).substr(0, 2) == "NN" && mention_at(m.end + 2) < 0 &&
      !AgentNouns().contains(toks[m.end + 2].hash) && !GroupNouns().contains(toks[m.end + 2].hash)) {
    return "modifier";
  }
  if (next.text == "'s" || mention_at(m.end) >= 0) return "actor";
  uint32_t j = m.end;
  bool plain_place = m.org.empty() && m.sector.empty();
  while (plain_place && j + 1 < s->end_token && mention_at(j) < 0 &&
         (tag(j).substr(0, 2) == "JJ" || tag(j) == "VBN" || (m.demonym && tag(j) == "VBD")) &&
         j < m.end + 3) {
    ++j;  // "Chinese animated film", "German automotive parts company"
  }
  std::string_view penn = tag(j);
  if (m.demonym && plain_place && penn == "VBG") penn = "NN";  // "Russian shelling"
  const Token& noun = toks[j];
  // "The Ukrainian Navy scuttles its flagship": a noun-tagged word before a determiner is
  // the headline's verb; "the Burmese military following pleas": a participle.
  if (j + 1 < s->end_token && (tag(j + 1) == "DT" || tag(j + 1) == "PRP$")) return "actor";
  if (!(m.demonym && m.sector.empty()) && noun.text.size() > 4 &&
      noun.text.substr(noun.text.size() - 3) == "ing") {
    return "actor";
  }
  // A demonym is never a headline's subject: "Russian airstrikes" is a modifier.
  bool headline_verb = !(m.demonym && m.sector.empty()) && events_->IsAnchorSurface(noun.hash);
  if (penn.substr(0, 2) != "NN" || mention_at(j) >= 0 || headline_verb ||
      MemberNouns().contains(noun.hash) || GroupNouns().contains(noun.hash) ||
      AgentNouns().contains(noun.hash) || TimeNouns().contains(noun.hash)) {
    return "actor";
  }
  // A capitalised noun after an organisation usually continues its name ("United Nations
  // Verification Mission"); only a document's name does not ("UN Charter").
  if (!m.org.empty() && noun.is(kCapitalized) && !DocumentNouns().contains(noun.hash)) {
    return "actor";
  }
  return "modifier";
}

void CoderImpl::TraceMentions(const Scratch& sc, const Document& doc, Trace::Sentence* t) const {
  for (const Mention& m : sc.mentions) {
    Actor a = MakeActor(m, sc, doc);
    uint32_t b = sc.norm.ToOriginal(sc.tokens[m.first].begin);
    uint32_t e = sc.norm.ToOriginal(sc.tokens[m.end - 1].end);
    t->mentions.push_back({a.text, a.code, a.name, m.via.empty() ? "dictionary" : m.via,
                           std::string(m.entry), m.role, b, e, MentionUse(m, sc)});
  }
}

// Members of the given mentions, with each group mention ("the three countries") expanded.
std::vector<int> CoderImpl::Expand(const std::vector<int>& group, const Scratch& sc) const {
  std::vector<int> out;
  for (int m : group) {
    int id = sc.mentions[m].group;
    if (id < 0) {
      out.push_back(m);
      continue;
    }
    for (size_t k = 0; k < sc.mentions.size(); ++k) {
      if (sc.mentions[k].group == id) out.push_back(static_cast<int>(k));
    }
  }
  return out;
}

// Quoted speech: the speaker is the subject of a reporting verb next to the quote ('he
// responded, "..."', '"...," Peskov said'); inside the quote "we", "I" and "us" are the
// speaker. Also "X warned that it will ...": "it" is X.
void CoderImpl::ResolveSpeakers(const SentenceSpan& s, Scratch* sc) const {
  const auto& toks = sc->tokens;
  const uint32_t first = s.first_token;
  bool added = false;
  auto copy_at = [&](int speaker, uint32_t i) {
    Mention m = sc->mentions[speaker];
    m.first = i;
    m.end = i + 1;
    m.group = -1;
    m.via = "speaker";
    sc->mentions.push_back(std::move(m));
    added = true;
  };
  sc->quote_speaker.assign(s.end_token - first, -1);
  // A quotation that runs on from the sentence before ("X said: \"... . If Moscow continues,
  // we will respond.\""): its "we" is still the speaker's.
  uint32_t resume = first;
  if (sc->open_quote && sc->sentence_index - sc->open_quote_sentence > 3) sc->open_quote.reset();
  // A sentence that opens with a quotation mark after "X said:" is X's quotation; one that
  // opens with one while a quotation is open goes on with it (each paragraph of a long
  // quotation opens with the mark).
  uint32_t from = first;
  if (toks[first].text == "\"" && first + 1 < s.end_token &&
      (sc->open_quote || (sc->colon_speaker &&
                          sc->colon_speaker_sentence + 1 == sc->sentence_index))) {
    if (!sc->open_quote) {
      sc->open_quote = sc->colon_speaker;
      sc->open_quote_sentence = sc->sentence_index;
    }
    from = first + 1;
  }
  if (sc->open_quote) {
    uint32_t close = from;
    while (close < s.end_token && toks[close].text != "\"") ++close;
    int copied = -1;
    for (uint32_t i = from; i < close; ++i) {
      const Token& t = toks[i];
      if (sc->mention_at[i - first] >= 0 ||
          !(IsWord(t, "we") || IsWord(t, "i") || IsWord(t, "us"))) {
        continue;
      }
      Mention m = *sc->open_quote;
      m.first = i;
      m.end = i + 1;
      m.group = -1;
      m.via = "speaker";
      if (copied < 0) copied = static_cast<int>(sc->mentions.size());
      sc->mentions.push_back(std::move(m));
      added = true;
    }
    for (uint32_t i = from; i < close && copied >= 0; ++i) sc->quote_speaker[i - first] = copied;
    if (close < s.end_token) {
      sc->open_quote.reset();
      resume = close + 1;
    }
  }
  // The speaker after the quotation closing at `close` ('...," she said', '..." Peskov
  // said'), or -1.
  auto speaker_after = [&](uint32_t close) {
    int speaker = -1;
    uint32_t after = close + 1;
    while (after < s.end_token && toks[after].text == ",") ++after;
    // ('..." Secretary General Jens Stoltenberg said': past a title the name is given.)
    uint32_t name = after;
    while (name + 1 < s.end_token && name < after + 3 && sc->mention_at[name - first] < 0 &&
           toks[name].is(kCapitalized) && toks[name].is(kWord)) {
      ++name;
    }
    if (name > after && sc->mention_at[name - first] >= 0) after = name;
    if (after + 1 < s.end_token) {
      int m = sc->mention_at[after - first];
      if (m >= 0 && ReportingVerbs().contains(toks[sc->mentions[m].end].hash)) speaker = m;
      if (ReportingVerbs().contains(toks[after].hash)) {
        int m2 = sc->mention_at[after + 1 - first];
        if (m2 >= 0) speaker = m2;
      }
    }
    return speaker;
  };
  if (sc->pending_quote_sentence >= 0 &&
      (sc->open_quote || sc->sentence_index - sc->pending_quote_sentence > 3)) {
    sc->pending_quote_sentence = -1;
  }
  if (sc->pending_quote_sentence >= 0 && resume == first) {
    uint32_t close = first;
    while (close < s.end_token && toks[close].text != "\"") ++close;
    if (close < s.end_token) {
      sc->pending_quote_sentence = -1;
      int speaker = speaker_after(close);
      for (uint32_t i = first; i < close && speaker >= 0; ++i) {
        sc->quote_speaker[i - first] = speaker;
        const Token& t = toks[i];
        if (sc->mention_at[i - first] < 0 &&
            (IsWord(t, "we") || IsWord(t, "i") || IsWord(t, "us"))) {
          copy_at(speaker, i);
        }
      }
      resume = close + 1;
    }
  }
  for (uint32_t open = resume; open < s.end_token; ++open) {
    if (toks[open].text != "\"") continue;
    uint32_t close = open + 1;
    while (close < s.end_token && toks[close].text != "\"") ++close;
    int speaker = -1;
    int64_t k = static_cast<int64_t>(open) - 1;
    while (k >= first && (toks[k].text == "," || toks[k].text == ":")) --k;
    if (k >= first && ReportingVerbs().contains(toks[k].hash)) {
      speaker = FindSubject(s, static_cast<uint32_t>(k), *sc);
    }
    if (speaker < 0) speaker = speaker_after(close);
    // Left open at the sentence's end, the quotation goes on in the next.
    if (close >= s.end_token && speaker >= 0) {
      sc->open_quote = sc->mentions[speaker];
      sc->open_quote_sentence = sc->sentence_index;
    }
    // Its speaker perhaps named after it closes, in a later sentence.
    if (close >= s.end_token && speaker < 0) {
      const Mention* named = nullptr;
      for (const Mention& m : sc->mentions) {
        if (m.person && m.end <= open && m.via != "speaker") named = &m;
      }
      sc->OpenPendingQuote(sc->sentence_index, named);
    }
    if (speaker >= 0) {
      for (uint32_t i = open + 1; i < close; ++i) {
        sc->quote_speaker[i - first] = speaker;
        const Token& t = toks[i];
        if (sc->mention_at[i - first] < 0 &&
            (IsWord(t, "we") || IsWord(t, "i") || IsWord(t, "us"))) {
          copy_at(speaker, i);
        }
      }
    }
    open = close;
  }
  // "We, the Foreign Ministers of ...", "It is with regret that we, the leaders of France,
  // Germany and the United Kingdom, take note": the document's voice is theirs.
  // (Only opening sentences are scanned.)
  uint32_t we = sc->sentence_index <= 3 ? first : s.end_token;
  while (we + 4 < s.end_token && !(IsWord(toks[we], "we") && toks[we + 1].text == ",")) ++we;
  // (Over a title's parties when it names more: "Joint statement from Prime Minister May,
  // ..." does not know May.)
  if (we + 4 < s.end_token) {
    std::vector<Mention> parties;
    for (uint32_t i = we + 2; i < s.end_token; ++i) {
      if (tagger_->IsVerb(sc->tags[i - first]) && sc->mention_at[i - first] < 0) break;
      int m = sc->mention_at[i - first];
      if (m < 0 || sc->mentions[m].first != i) continue;
      const Mention& party = sc->mentions[m];
      // ("the G7 Foreign Ministers of Canada, ...": the members, not their forum.)
      bool forum = !party.org.empty() && party.end + 2 < s.end_token &&
                   (IsWord(toks[party.end], "of") || IsWord(toks[party.end + 1], "of") ||
                    IsWord(toks[party.end + 2], "of"));
      if (party.actor && !party.person && !forum &&
          (!party.country.empty() || !party.org.empty()) &&
          std::none_of(parties.begin(), parties.end(),
                       [&](const Mention& p) { return SameActor(p, party); })) {
        parties.push_back(party);
      }
    }
    if (parties.size() >= 2 && parties.size() > sc->joint_voice.size()) {
      sc->joint_voice = std::move(parties);
    }
  }
  for (uint32_t i = first; i < s.end_token && !sc->joint_voice.empty(); ++i) {
    if (sc->quote_speaker[i - first] >= 0 || sc->mention_at[i - first] >= 0 ||
        !IsWord(toks[i], "we")) {
      continue;
    }
    AddGroupMention(sc->joint_voice, i, i + 1, "author", sc);
    added = true;
  }
  // Outside quotes, "I" and "we" in a statement, remarks or an editorial are its author;
  // with none named, "we" is the document's voice.
  if ((sc->author || sc->voice) && sc->joint_voice.empty()) {
    for (uint32_t i = first; i < s.end_token; ++i) {
      const Token& t = toks[i];
      // ("Allow me to begin by condemning", "Let me thank": the speaker too.)
      bool me = IsWord(t, "me") && sc->author && i > first &&
                (IsWord(toks[i - 1], "allow") || IsWord(toks[i - 1], "let"));
      if (sc->quote_speaker[i - first] >= 0 || sc->mention_at[i - first] >= 0 ||
          !(IsWord(t, "we") || (IsWord(t, "i") && sc->author) || me)) {
        continue;
      }
      Mention m = sc->author ? *sc->author : *sc->voice;
      m.first = i;
      m.end = i + 1;
      m.via = "author";
      sc->mentions.push_back(std::move(m));
      added = true;
    }
  }
  // "X warned that it will impose sanctions": "it" (or "they") is X.
  for (uint32_t i = first + 2; i < s.end_token; ++i) {
    if (!(IsWord(toks[i], "it") || IsWord(toks[i], "they")) || !IsWord(toks[i - 1], "that")) {
      continue;
    }
    if (!ReportingVerbs().contains(toks[i - 2].hash)) continue;
    int speaker = FindSubject(s, i - 2, *sc);
    if (speaker >= 0 && sc->mentions[speaker].group < 0) copy_at(speaker, i);
  }
  sc->colon_speaker.reset();
  if (s.end_token > first + 2 && toks[s.end_token - 1].text == ":" &&
      ReportingVerbs().contains(toks[s.end_token - 2].hash)) {
    int speaker = FindSubject(s, s.end_token - 2, *sc);
    if (speaker >= 0) {
      sc->colon_speaker = sc->mentions[speaker];
      sc->colon_speaker_sentence = sc->sentence_index;
    }
  }
  if (added) {
    // quote_speaker holds indices: remap them after sorting.
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    for (int q : sc->quote_speaker) {
      spans.emplace_back(q >= 0 ? sc->mentions[q].first : 0, q >= 0 ? sc->mentions[q].end : 0);
    }
    Reindex(s, sc);
    for (size_t i = 0; i < spans.size(); ++i) {
      if (sc->quote_speaker[i] < 0) continue;
      sc->quote_speaker[i] = sc->mention_at[spans[i].first - first];
    }
  }
}

std::vector<Mention> CoderImpl::TitleActors(const std::string& title, const Date& date) const {
  std::vector<Mention> found;
  if (title.empty() || title.size() > 1000) return found;
  thread_local NormalizedText norm;  // reused: a title's buffers cost more than coding it
  if (!Normalize(title, &norm).ok()) return found;
  thread_local std::vector<Token> toks;
  Tokenize(norm.text, &toks);
  thread_local std::vector<ActorMatch> matches;
  matches.clear();
  actors_->Match(toks, 0, static_cast<uint32_t>(toks.size()), &matches);
  for (const ActorMatch& am : matches) {
    const ActorEntry& e = *am.entry;
    if (e.kind == ActorKind::kPlace) continue;
    if (e.kind == ActorKind::kSector) {  // "United States government"
      if (!found.empty() && found.back().end == am.first && found.back().sector.empty() &&
          !found.back().person && found.back().org.empty()) {
        found.back().sector = e.sector;
        found.back().code = found.back().country + e.sector;
        found.back().end = am.end;
      }
      continue;
    }
    Mention m = MakeMention(am, date, false);
    if (!m.code.empty()) found.push_back(std::move(m));
  }
  return found;
}

// The author of a statement, remarks or an editorial, from the title: the last person it
// names ("Remarks ... (President Joseph R. Biden)"), else the actor right after "by"
// ("Statement by the Spokesman for the Secretary-General"), before "statement" ("UK
// statement at the Security Council") or in the closing parenthesis ("(U.S. Embassy
// Ouagadougou)"). None for other titles, or when unsure.
std::optional<Mention> CoderImpl::FindAuthor(const std::string& title,
                                             const std::vector<Mention>& found) const {
  thread_local NormalizedText norm;  // reused, as in TitleActors
  if (!Normalize(title, &norm).ok()) return std::nullopt;
  thread_local std::vector<Token> toks;
  Tokenize(norm.text, &toks);
  bool first_person = false;
  uint32_t open = 0;  // the last opening bracket
  for (uint32_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    first_person |= IsWord(t, "statement") || IsWord(t, "remarks") || IsWord(t, "editorial") ||
                    IsWord(t, "speech") || IsWord(t, "op-ed") || IsWord(t, "address") ||
                    IsWord(t, "briefing") || IsWord(t, "explanation") ||
                    (IsWord(t, "declaration") && i + 1 < toks.size() && IsWord(toks[i + 1], "by"));
    if (t.text == "(") open = i;
  }
  if (!first_person) {
    // "Foreign Secretary condemns North Korea's latest missile launch (Foreign and
    // Commonwealth Office)": a government's own release, its office in closing brackets.
    for (const Mention& m : found) {
      if (open > 0 && toks.back().text == ")" && m.first > open && m.actor && !m.person &&
          m.sector == "GOV" && m.org.empty() && !m.country.empty()) {
        return m;
      }
    }
    return std::nullopt;
  }
  // The person the title names as speaking: first, after "by", in brackets or before the
  // statement's word (not before a colon: "... of Alexey Navalny: Foreign Secretary's
  // statement"). One the title is about is not ("UK recognises Juan Guaidó as interim
  // President: Foreign Secretary statement"): there the state that opens it speaks.
  auto speaking = [&](const Mention& m) {
    if (m.first == 0 || m.end >= toks.size()) return true;
    // "Remarks by Ambassador Nikki Haley": past the title the name is given.
    uint32_t lead = m.first;
    while (lead > 0 && m.first - lead < 3 && toks[lead - 1].is(kCapitalized)) --lead;
    if (lead > 0 && IsWord(toks[lead - 1], "the")) --lead;
    if (lead > 0 && IsWord(toks[lead - 1], "by")) return true;
    // "Joint statement ... following President Trump's statement on Iran": one answered.
    if (lead > 0 && (IsWord(toks[lead - 1], "following") || IsWord(toks[lead - 1], "after") ||
                     IsWord(toks[lead - 1], "on") || IsWord(toks[lead - 1], "about") ||
                     IsWord(toks[lead - 1], "regarding") || IsWord(toks[lead - 1], "to"))) {
      return false;
    }
    const Token& before = toks[m.first - 1];
    const Token& after = toks[m.end];
    return IsWord(before, "by") || before.text == "(" || after.text == ")" ||
           after.text == "'s" || IsWord(after, "statement") || IsWord(after, "remarks");
  };
  const Mention* about = nullptr;
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    if (!it->person || !it->actor) continue;  // (not a bare "the Spokesperson")
    if (speaking(*it)) return *it;
    if (!about) about = &*it;
  }
  if (about && !found.empty() && found[0].first == 0 && !found[0].person &&
      found[0].org.empty() && !found[0].country.empty() && found[0].sector.empty()) {
    Mention state = found[0];
    state.sector = "GOV";
    state.code = state.country + "GOV";
    return state;
  }
  if (about) return *about;
  // "Secretary-General's remarks on ...".
  if (title.find("Secretary-General") != std::string::npos ||
      title.find("Secretary General") != std::string::npos) {
    return TitleUn();
  }
  // "Briefing by Special Representative Carlos Ruiz Massieu to the Security Council": an
  // office of the UN's own, whoever holds it.
  for (uint32_t i = 0; i + 2 < toks.size(); ++i) {
    if (!IsWord(toks[i], "by")) continue;
    uint32_t k = i + 1;
    // "by Tor Wennesland, Special Coordinator for ...": the office after the name.
    uint32_t name = k;
    while (name < toks.size() && name < k + 4 && toks[name].is(kCapitalized) &&
           !IsWord(toks[name], "special") && !IsWord(toks[name], "the")) {
      ++name;
    }
    if (name > k && name + 2 < toks.size() && toks[name].text == ",") k = name + 1;
    if (IsWord(toks[k], "the") || IsWord(toks[k], "un")) ++k;
    bool special = IsWord(toks[k], "special") &&
                   (IsWord(toks[k + 1], "representative") || IsWord(toks[k + 1], "envoy") ||
                    IsWord(toks[k + 1], "coordinator"));
    if (special || IsWord(toks[k], "under-secretary-general") ||
        IsWord(toks[k], "assistant") || IsWord(toks[k], "secretary-general") ||
        (IsWord(toks[k], "high") && IsWord(toks[k + 1], "commissioner"))) {
      return TitleUn();
    }
  }
  // "Statement by the Minister of Foreign Affairs of Canada on ...", "Statement of the
  // Ministry of Foreign Affairs of Ukraine", "Declaration by the High Representative on
  // behalf of the EU": the first party named after "by" (or the statement's "of" or
  // "from"), before what the statement is on.
  // (Not a "by" inside the topic: "Statement on the launch by North Korea".)
  auto topic_word = [&](uint32_t i) {
    const Token& t = toks[i];
    bool behalf = IsWord(t, "on") && i + 1 < toks.size() && IsWord(toks[i + 1], "behalf");
    return (IsWord(t, "on") && !behalf) || IsWord(t, "about") || IsWord(t, "regarding") ||
           IsWord(t, "following") || IsWord(t, "after") || IsWord(t, "concerning") ||
           IsWord(t, "at") || IsWord(t, "to") || t.text == ":" || t.text == "(";
  };
  uint32_t by = 0;
  for (uint32_t i = 1; i + 1 < toks.size() && by == 0 && !topic_word(i); ++i) {
    bool of = (IsWord(toks[i], "of") || IsWord(toks[i], "from")) &&
              (IsWord(toks[i - 1], "statement") || IsWord(toks[i - 1], "remarks") ||
               IsWord(toks[i - 1], "declaration") || IsWord(toks[i - 1], "speech") ||
               IsWord(toks[i - 1], "address"));
    if (IsWord(toks[i], "by") || of) by = i;
  }
  uint32_t topic = by;
  while (by > 0 && ++topic < toks.size() && !topic_word(topic)) {
  }
  for (const Mention& m : found) {
    if (by == 0 || m.first <= by || m.end > topic || !m.actor) continue;
    Mention voice = m;
    if (voice.org.empty() && voice.sector.empty() && voice.country.size() == 3) {
      voice.sector = "GOV";
      voice.code = voice.country + "GOV";
    }
    return voice;
  }
  uint32_t on = 0;  // where what the statement is about begins
  while (on < toks.size() && !(topic_word(on) && (IsWord(toks[on], "on") ||
                                                 IsWord(toks[on], "about") ||
                                                 IsWord(toks[on], "regarding") ||
                                                 IsWord(toks[on], "concerning")))) {
    ++on;
  }
  for (const Mention& m : found) {
    uint32_t b = m.first;
    bool after_by = false;
    for (uint32_t k = b > 5 ? b - 5 : 0; k < b; ++k) after_by |= IsWord(toks[k], "by") && k < on;
    // "Canada's statement on ...".
    bool before_statement =
        m.end < toks.size() &&
        (IsWord(toks[m.end], "statement") || IsWord(toks[m.end], "press") ||
         (toks[m.end].text == "'s" && m.end + 1 < toks.size() &&
          IsWord(toks[m.end + 1], "statement")));
    bool closing = open > 0 && m.first > open;
    if (after_by || before_statement || closing) return m;
  }
  return std::nullopt;
}

std::vector<Mention> CoderImpl::JointTitleVoice(const std::string& title,
                                                const std::vector<Mention>& found) const {
  std::vector<Mention> parties;
  thread_local NormalizedText norm;  // reused, as in TitleActors
  if (title.empty() || !Normalize(title, &norm).ok()) return parties;
  thread_local std::vector<Token> toks;
  Tokenize(norm.text, &toks);
  // "Joint statement by|from|of ..." up to what it is on: "on", "following", "after".
  uint32_t from = 0, to = static_cast<uint32_t>(toks.size());
  for (uint32_t i = 0; i + 2 < toks.size() && from == 0; ++i) {
    bool joint = IsWord(toks[i], "joint") &&
                 (IsWord(toks[i + 1], "statement") || IsWord(toks[i + 1], "declaration") ||
                  IsWord(toks[i + 1], "communique") || IsWord(toks[i + 1], "communiqué"));
    if (joint && (IsWord(toks[i + 2], "by") || IsWord(toks[i + 2], "from") ||
                  IsWord(toks[i + 2], "of"))) {
      from = i + 3;
    }
  }
  for (uint32_t i = from; from > 0 && i < toks.size() && to == toks.size(); ++i) {
    if (IsWord(toks[i], "on") || IsWord(toks[i], "following") || IsWord(toks[i], "after") ||
        IsWord(toks[i], "regarding") || IsWord(toks[i], "about") || toks[i].text == ":" ||
        toks[i].text == "(") {
      to = i;
    }
  }
  for (const Mention& m : found) {
    if (from == 0 || m.first < from || m.end > to || !m.actor || m.country.size() != 3 ||
        !m.org.empty()) {
      continue;
    }
    Mention state = m;
    state.person = false;
    state.role.clear();
    state.sector = "GOV";
    state.code = m.country + "GOV";
    state.name = actors_->CountryName(m.country);
    if (std::none_of(parties.begin(), parties.end(),
                     [&](const Mention& p) { return p.country == state.country; })) {
      parties.push_back(std::move(state));
    }
  }
  if (parties.size() < 2) parties.clear();
  return parties;
}

void CoderImpl::CodeSentence(const Document& doc, const Date& pub, int index,
                             const SentenceSpan& s, Scratch* sc, std::vector<Event>* out,
                             Trace::Sentence* trace) const {
  const auto& toks = sc->tokens;
  const uint32_t first = s.first_token;
  const size_t out_begin = out->size();
  sc->sentence_index = index;
  sc->matches.clear();
  actors_->Match(toks, s.first_token, s.end_token, &sc->matches);
  AddOfficeHolders(pub, s, sc);
  AddLedForces(s, sc);
  bool has_actor = false, has_sector = false, has_reference = false, has_anchor = false;
  for (const ActorMatch& m : sc->matches) {
    has_actor |= m.entry->kind != ActorKind::kSector;
    has_sector |= m.entry->kind == ActorKind::kSector;
  }
  const WordSet& references = ReferenceWords();
  for (uint32_t i = s.first_token; i < s.end_token && !(has_anchor && has_reference); ++i) {
    // "Russia must stop ...": an appeal whatever the verb. "France followed suit", "did the
    // same", "did likewise": the act before, again.
    if (!has_anchor) {
      has_anchor = events_->IsAnchorSurface(toks[i].hash) || toks[i].hash == kMust ||
                   toks[i].hash == kShould || toks[i].hash == kSuit ||
                   toks[i].hash == kResponsibility ||
                   ((toks[i].hash == kSame || toks[i].hash == kLikewise) &&
                    i >= s.first_token + 2 &&
                    (DoForms().contains(toks[i - 1].hash) ||
                     DoForms().contains(toks[i - 2].hash)));
    }
    if (!has_reference) has_reference = references.contains(toks[i].hash);
  }
  // A person named before by full name, now by surname alone ("Secretary Teodoro").
  if (!has_actor && !has_reference && has_anchor && sc->discourse.HasPersons()) {
    for (uint32_t i = s.first_token; i < s.end_token && !has_reference; ++i) {
      has_reference = toks[i].is(kCapitalized) && !toks[i].is(kAllCaps) &&
                      sc->discourse.BySurname(toks[i].text) != nullptr;
    }
  }
  // A sentence coded no further that opens a quotation it does not close ('"The country is
  // deeply divided.'): the speaker may be named after it closes, in a later sentence.
  auto note_open_quote = [&] {
    if (toks[s.first_token].text != "\"" || sc->open_quote) return;
    for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
      if (toks[i].text == "\"") return;
    }
    sc->OpenPendingQuote(index, nullptr);
  };
  // Sector words alone may still be actors when the sentence names a place (BuildMentions).
  if (!has_actor && !has_reference && !(has_sector && has_anchor)) {
    note_open_quote();
    // "Clashes continue in Almaty": no actor, but a scene.
    sc->mentions.clear();
    RememberTold(s, sc);
    const bool topic = sc->discourse.AtTopic();
    std::string scene = topic ? std::string() : SentenceCountry(s, *sc);
    sc->discourse.Remember({}, {});  // the sentence still counts for distances
    sc->discourse.SetScene(scene, topic);
    return;
  }
  if (!has_anchor) {
    note_open_quote();
    // No event here, but the actors named still count for "he" and "the two countries".
    // This sentence is not tagged (only for tracing, after the discourse has it), so
    // explaining and coding remember the same.
    sc->tags.clear();
    BuildMentions(pub, s, sc);
    // A signature line under the title ("Antony J. Blinken, Secretary of State") names the
    // statement's author.
    if (!sc->author && index <= 3 && sc->mentions.size() == 1 && sc->mentions[0].person &&
        sc->mentions[0].actor && sc->mentions[0].first == s.first_token &&
        s.end_token - s.first_token <= 14 && toks[s.end_token - 1].text != "." &&
        !sc->mentions[0].country.empty()) {
      sc->author = sc->mentions[0];
    }
    RememberSentence(s, sc);
    if (trace) {
      tagger_->Tag(toks, s.first_token, s.end_token, &sc->tags);
      TraceMentions(*sc, doc, trace);
    }
    return;
  }

  // A sentence-level discard ("World Cup final"): no events. Checked only here, where
  // events could be coded, since the scan costs a hash per token.
  if (const DiscardList::Entry* d =
          events_->FindDiscard(toks, s.first_token, s.end_token, /*story=*/false)) {
    if (trace) {
      trace->candidates.push_back(
          {d->phrase, d->phrase, d->rule, "", "", "sentence-level discard: not coded"});
    }
    sc->discourse.Remember({}, {});  // the sentence still counts for distances
    return;
  }

  if (SportsResult(toks, s.first_token, s.end_token)) {
    if (trace) {
      trace->candidates.push_back({"", "", "builtin:sports-result", "", "",
                                   "a match result (a score and a verb of winning): not coded"});
    }
    sc->discourse.Remember({}, {});
    return;
  }

  // Deep pass: tags, lemmas, dates, mentions.
  tagger_->Tag(toks, s.first_token, s.end_token, &sc->tags);
  // A modal the tagger read as a noun after its subject ("Russia will/NN retaliate"), and
  // the base form after a modal or "to" read as a noun ("would retaliate/NN"), are what
  // they are.
  const WordSet& modals = Modals();
  // Number words the tagger reads as nouns before a noun ("kidnapping ten/NN workers").
  static const WordSet numbers(std::array{"two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "ten", "eleven", "twelve",
                                          "fifteen", "twenty", "thirty", "fifty", "hundred"});
  static const WordSet march(std::array{"march", "rally", "protest", "demonstrate", "gather"});
  // A sentence with no finite verb tagged has lost one: an event verb read as an adjective
  // after a noun ("The UAE and Bahrain express/JJ support for Saudi Arabia").
  bool finite = false;
  for (uint32_t i = s.first_token; i < s.end_token && !finite; ++i) {
    uint8_t t = sc->tags[i - first];
    finite = t == vbp_ || t == vbz_ || t == md_ || t == vbd_;
  }
  for (uint32_t i = s.first_token + 1; i + 1 < s.end_token; ++i) {
    uint8_t& tag = sc->tags[i - first];
    const uint8_t before = sc->tags[i - 1 - first];
    if (!finite && tagger_->IsAdjective(tag) && !toks[i].is(kCapitalized) &&
        (before == nnps_ || before == nns_ || tagger_->Name(before) == "NNP") &&
        events_->IsAnchorSurface(toks[i].hash) && toks[i + 1].is(kWord)) {
      tag = vbp_;
      finite = true;
      continue;
    }
    if (tag == nn_ && numbers.contains(toks[i].hash) && toks[i + 1].is(kWord)) {
      tag = cd_;
      continue;
    }
    // 'was "deeply shocked" by the strikes': an event word after a form of "be" with "by"
    // next (over quotation marks and adverbs) is a passive participle.
    if (tagger_->IsAdjective(tag) && toks[i].text.ends_with("ed") && !toks[i].is(kCapitalized) &&
        events_->IsAnchorSurface(toks[i].hash)) {
      uint32_t next = i + 1;
      if (next + 1 < s.end_token && toks[next].text == "\"") ++next;
      int64_t b = int64_t{i} - 1;
      while (b > first && (toks[b].text == "\"" || tagger_->Name(sc->tags[b - first]) == "RB")) {
        --b;
      }
      if (IsWord(toks[next], "by") && BeForms().contains(toks[b].hash)) {
        tag = vbn_;
        continue;
      }
    }
    // "Gunmen from the ADF abducted/NN dozens of villagers": a past tense of an event verb
    // after a noun is no noun.
    // So is one after "and" or a clause's closing comma ("stormed the village and
    // abducted/NN dozens", "The RSF, which has besieged El Fasher, massacred/JJ dozens").
    // And one opening a relative clause before its object ("a resolution ... that
    // censured/JJ Iran").
    const bool relative = (IsWord(toks[i - 1], "that") || IsWord(toks[i - 1], "which") ||
                           IsWord(toks[i - 1], "who")) &&
                          (toks[i + 1].is(kCapitalized) || IsWord(toks[i + 1], "the") ||
                           IsWord(toks[i + 1], "its") || IsWord(toks[i + 1], "their"));
    const bool joined = IsWord(toks[i - 1], "and") || toks[i - 1].text == "," || relative;
    if ((tag == nn_ || (joined && tagger_->IsAdjective(tag))) && toks[i].text.size() > 4 &&
        toks[i].text.ends_with("ed") && !toks[i].is(kCapitalized) &&
        (tagger_->IsNoun(before) || before == prp_ || joined) &&
        events_->IsAnchorSurface(toks[i].hash) && toks[i + 1].is(kWord) &&
        !IsWord(toks[i + 1], "by")) {
      tag = vbd_;
      finite = true;
      continue;
    }
    if (tag != md_ && (tagger_->IsNoun(before) || before == prp_) &&
        modals.contains(toks[i].hash) && !toks[i].is(kCapitalized) && toks[i + 1].is(kWord)) {
      tag = md_;
    } else if ((tag == nn_ || tagger_->IsAdjective(tag)) && !toks[i].is(kCapitalized) &&
               events_->IsAnchorSurface(toks[i].hash) &&
               (before == md_ || before == to_ ||
                // "will not recognise/JJ", "did not clash/NN": past the adverb.
                (i >= first + 2 && tagger_->Name(before) == "RB" &&
                 (sc->tags[i - 2 - first] == md_ || sc->tags[i - 2 - first] == to_ ||
                  IsWord(toks[i - 2], "did") || IsWord(toks[i - 2], "does") ||
                  IsWord(toks[i - 2], "do"))))) {
      tag = vb_;
    } else if ((tagger_->IsAdjective(tag) || tag == nn_) &&
               (before == nns_ || before == nnps_ ||
                // "Brazilian federal police arrest/NN former finance minister ...".
                ((IsWord(toks[i - 1], "police") || IsWord(toks[i - 1], "people") ||
                  IsWord(toks[i - 1], "aircraft")) &&
                 tagger_->IsNoun(before)) ||
                // "..., Arseniy Yatsenyuk and Oleh Tyahnybok, sign/NN an agreement".
                (toks[i - 1].text == "," && i >= first + 2 &&
                 tagger_->Name(sc->tags[i - 2 - first]) == "NNP" &&
                 tagger_->Name(sc->tags[i + 1 - first]) == "DT")) &&
               !toks[i].is(kCapitalized) && events_->IsAnchorSurface(toks[i].hash) &&
               (tagger_->Name(sc->tags[i + 1 - first]) == "DT" ||
                tagger_->Name(sc->tags[i + 1 - first]) == "PRP$" ||
                // "Pro-democracy lawmakers demand/NN that Beijing explain ...".
                (IsWord(toks[i + 1], "that") && IsPlural(toks[i - 1])) ||
                // "Thousands of protesters march/NN through Yerevan", "royalists rally/NN in
                // Kathmandu": a crowd's movement, a preposition after it.
                (march.contains(toks[i].hash) && IsPlural(toks[i - 1]) &&
                 (tagger_->Name(sc->tags[i + 1 - first]) == "IN" ||
                  sc->tags[i + 1 - first] == to_)) ||
                ((tag != nn_ || IsPlural(toks[i - 1])) &&
                 tagger_->IsAdjective(sc->tags[i + 1 - first])) ||
                // "Israeli aircraft strike/NN more than 150 targets", "Police fire/NN tear
                // gas at protesters": a count or a munition after a plural.
                (IsPlural(toks[i - 1]) &&
                 (sc->tags[i + 1 - first] == cd_ || IsWord(toks[i + 1], "more") ||
                  (IsWord(toks[i], "fire") && Munitions().contains(toks[i + 1].hash)))) ||
                toks[i + 1].is(kCapitalized))) {
      // "South Korean prosecutors detain/JJ former Defence Minister Kim", "Arab states
      // launch/NN Operation Decisive Storm": a plural subject's present tense.
      tag = vbp_;
    } else if (tag == nns_ && !toks[i].is(kCapitalized) && toks[i].text.ends_with("s") &&
               events_->IsAnchorSurface(toks[i].hash) &&
               (tagger_->Name(sc->tags[i + 1 - first]) == "DT" ||
                tagger_->Name(sc->tags[i + 1 - first]) == "PRP$" ||
                // "The RSF claims/NNS to have seized", "Spain orders/NNS Carles Puigdemont":
                // after a name, not after a possessive ("Russia's claims to Crimea").
                ((sc->tags[i + 1 - first] == to_ || toks[i + 1].is(kCapitalized) ||
                  // "chargé d'affaires David Bruce Wharton calls/NNS on Zimbabwe's leaders".
                  (IsWord(toks[i], "calls") &&
                   (IsWord(toks[i + 1], "on") || IsWord(toks[i + 1], "for")))) &&
                 tagger_->Name(before) == "NNP" && toks[i - 1].is(kCapitalized))) &&
               !(tagger_->Name(before) == "DT" || tagger_->IsAdjective(before) ||
                 before == prp_ || tagger_->Name(before) == "PRP$")) {
      // "..., which calls itself the National Council, suspends/NNS the constitution": a verb
      // has an object, a plural noun no determiner after it.
      tag = vbz_;
    } else if ((tagger_->IsAdjective(tag) || tag == nn_) && toks[i].text.ends_with("ing") &&
               (IsWord(toks[i - 1], "by") || IsWord(toks[i - 1], "after") ||
                IsWord(toks[i - 1], "before") || IsWord(toks[i - 1], "without") ||
                (toks[i - 1].text == "," && toks[i + 1].is(kWord) &&
                 !IsWord(toks[i + 1], "and") && !IsWord(toks[i + 1], "or"))) &&
               events_->IsAnchorSurface(toks[i].hash)) {
      // "retaliated by expelling/JJ ten diplomats", "attack a camp ..., kidnapping/NN ten
      // workers": a gerund after a preposition of means or time, or a comma.
      tag = vbg_;
    } else if (tag == nns_ && toks[i - 1].text == "," && !toks[i].is(kCapitalized) &&
               toks[i].text.ends_with("s") && events_->IsAnchorSurface(toks[i].hash) &&
               toks[i + 1].is(kWord) && !IsWord(toks[i + 1], "and") &&
               !IsWord(toks[i + 1], "or") && !IsWord(toks[i + 1], "of")) {
      // "Saudi Arabia, in a statement carried by the Saudi Press Agency, criticises/NNS
      // elements inside Lebanon": a verb after a parenthesis, not a noun in a list.
      tag = vbz_;
    }
  }
  sc->lex.resize(s.end_token - s.first_token);
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = toks[i];
    LexToken& l = sc->lex[i - first];
    l.surface_hash = t.hash;
    // A quotation mark does not end a gap and takes no place in it: "calls the strikes
    // “an act of war”".
    bool quote = t.text == "\"";
    // Nor does the apostrophe of a plural's possessive: "convey the United States' concern".
    bool possessive = t.text == "'" && i > first && toks[i - 1].text.ends_with("s") &&
                      i + 1 < s.end_token && toks[i + 1].is(kWord);
    // Nor does the comma of a list of adjectives: "with military, humanitarian and financial
    // assistance".
    bool adjectives = t.text == "," && i > first && i + 1 < s.end_token &&
                      tagger_->IsAdjective(sc->tags[i - 1 - first]) &&
                      tagger_->IsAdjective(sc->tags[i + 1 - first]);
    l.punct = t.is(kPunct) && !quote && !possessive && !adjectives;
    // A participle's agent ("drones launched by the RSF strike ...") ends a gap too: the
    // participle is no verb of the clause.
    if (IsWord(t, "by") && i > first) {
      std::string_view p = tagger_->Name(sc->tags[i - 1 - first]);
      l.punct |= p == "VBN" || p == "VBD";
    }
    l.inner = quote || possessive || adjectives;
    // "£120 million of new funding": the "of" after an amount too.
    // ("conducts its sixth and most powerful nuclear test", "its largest ever drills": an
    // ordinal or a superlative too.)
    l.light = light_tag_[sc->tags[i - first]] || IsWord(t, "than") || IsWord(t, "dozen") ||
              IsWord(t, "dozens") || OrdinalWords().contains(t.hash) ||
              (IsWord(t, "of") && i > first && sc->tags[i - 1 - first] == cd_);
    // ("will travel next to Minsk": "next" is read as an adjective.)
    l.adverb = (sc->tags[i - first] == rb_ && !NegationCues().contains(t.hash)) ||
               IsWord(t, "next");
    l.lemma_hash = events_->LemmaOf(t.hash);
  }
  sc->dates.clear();
  FindDates(toks, s.first_token, s.end_token, pub, &sc->dates);
  Date sentence_date = pub;
  for (const DateMention& d : sc->dates) {
    if (d.date.valid()) {
      sentence_date = d.date;
      break;
    }
  }
  BuildMentions(sentence_date, s, sc);
  ResolveSpeakers(s, sc);
  for (const Mention& m : sc->mentions) {
    if (m.demonym) continue;  // "North Korean missile data": an adjective, not a name
    for (uint32_t t = m.first + 1; t < m.end && t < s.end_token; ++t) sc->lex[t - first].inner = true;
    // "recognises Juan Guaidó, President of the National Assembly, as ...": a person's title
    // set off by commas is part of the name, not the end of the clause.
    if (!m.person || m.end + 2 >= s.end_token || toks[m.end].text != "," ||
        !toks[m.end + 1].is(kCapitalized) || !toks[m.end + 1].is(kWord)) {
      continue;
    }
    uint32_t close = m.end + 1;
    while (close < s.end_token && close < m.end + 10 && toks[close].is(kWord) &&
           !tagger_->IsVerb(sc->tags[close - first])) {
      ++close;
    }
    if (close + 1 >= s.end_token || toks[close].text != "," || close < m.end + 2 ||
        tagger_->IsVerb(sc->tags[close + 1 - first])) {
      continue;
    }
    for (uint32_t t = m.end; t <= close; ++t) {
      sc->lex[t - first].inner = true;
      sc->lex[t - first].punct = false;
    }
  }
  if (trace) {
    trace->deep = true;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      std::string lemma = events_->LemmaText(sc->lex[i - first].lemma_hash);
      if (lemma == toks[i].text) lemma.clear();
      trace->tokens.push_back({std::string(toks[i].text),
                               std::string(tagger_->Name(sc->tags[i - first])), lemma});
    }
    trace->chunks = Chunks(s, *sc);
    TraceMentions(*sc, doc, trace);
  }
  if (sc->mentions.empty()) return;

  // "Israeli airstrikes on the Nuseirat camp kill 20": in a headline with no verb tagged,
  // a present tense read as a noun between a noun and a number is the verb.
  {
    bool verb = false;
    for (uint32_t i = first; i < s.end_token && !verb; ++i) {
      verb = tagger_->IsVerb(sc->tags[i - first]);
    }
    for (uint32_t i = first + 1; !verb && i + 1 < s.end_token; ++i) {
      std::string_view penn = tagger_->Name(sc->tags[i - first]);
      std::string_view before = tagger_->Name(sc->tags[i - 1 - first]);
      bool count = tagger_->Name(sc->tags[i + 1 - first]) == "CD" ||
                   (i + 2 < s.end_token && IsWord(toks[i + 1], "at") &&
                    IsWord(toks[i + 2], "least"));
      if ((penn == "NN" || penn == "NNS") && count && before.substr(0, 2) == "NN" &&
          sc->mention_at[i - first] < 0 && events_->IsAnchorSurface(toks[i].hash)) {
        sc->tags[i - first] = vbp_;
        verb = true;
      }
    }
  }
  // "calls the request a political manoeuvre and again demands that Canada release her":
  // a present tense read as a plural noun after "and", with its clause ("that") after it,
  // joins the finite verb before.
  for (uint32_t i = first + 2; i + 1 < s.end_token; ++i) {
    if (sc->tags[i - first] != nns_ || !IsWord(toks[i + 1], "that") ||
        sc->mention_at[i - first] >= 0 || !events_->IsAnchorSurface(toks[i].hash)) {
      continue;
    }
    uint32_t a = i - 1;
    if (tagger_->Name(sc->tags[a - first]).substr(0, 2) == "RB") --a;  // "and again"
    if (!IsWord(toks[a], "and")) continue;
    bool finite = false;
    for (uint32_t v = first; v < a && !finite; ++v) finite = sc->tags[v - first] == vbz_;
    if (finite) sc->tags[i - first] = vbz_;
  }
  // Event patterns at their anchors.
  sc->candidates.clear();
  const EventLexicon::SentenceSignature signature = events_->Signature(sc->lex);
  uint32_t limit = s.first_token;  // the clause end a pattern may not cross
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (limit <= i) {
      limit = i + 1;
      while (limit < s.end_token && toks[limit].text != ".") {
        // A short aside in parentheses does not end the clause: "restores €35 million
        // (US$38 million) of funding".
        if (toks[limit].text == "(" && toks[limit].is(kPunct)) {
          uint32_t close = limit + 1;
          while (close < s.end_token && close < limit + 8 && toks[close].text != ")") ++close;
          if (close + 1 < s.end_token && close > limit + 1 && toks[close].text == ")") {
            limit = close + 1;
            continue;
          }
        }
        // Nor does a phrase in quotation marks: calls the strikes "an act of war", called the
        // downing "a stab in the back delivered by the accomplices of terrorists".
        if (toks[limit].text == "\"" && limit > i && toks[limit - 1].is(kWord)) {
          uint32_t close = limit + 1;
          // (A comma inside it too: "a \"criminal, unjustified aggression\"".)
          while (close < s.end_token && close < limit + 16 &&
                 (toks[close].is(kWord) || toks[close].text == ",")) {
            ++close;
          }
          if (close < s.end_token && close > limit + 1 && toks[close].text == "\"") {
            limit = close + 1;
            continue;
          }
        }
        if (IsHardBoundary(toks[limit])) break;
        ++limit;
      }
    }
    if (sc->mention_at[i - first] >= 0) continue;
    uint32_t end = 0;
    uint8_t tag = sc->tags[i - first];
    // "the Treaty on Comprehensive Strategic Partnership that Kim Jong Un and Vladimir Putin
    // signed", "the agreement on Hudaydah, which the Government and the Houthi rebels
    // reached": an accord its parties sign in a relative clause, matched as "sign the
    // agreement" would be.
    static constexpr uint64_t kSign = HashLower("sign"), kReach = HashLower("reach"),
                              kConclude = HashLower("conclude");
    if (tagger_->IsVerb(tag) && i > first + 3 && sc->mention_at[i - 1 - first] >= 0 &&
        (sc->lex[i - first].lemma_hash == kSign || sc->lex[i - first].lemma_hash == kReach ||
         sc->lex[i - first].lemma_hash == kConclude)) {
      int64_t r = int64_t{i} - 1;  // back over the coordinated subject to "that" or "which"
      while (r > first && int64_t{i} - r < 16 &&
             (sc->mention_at[r - first] >= 0 || IsWord(toks[r], "and") ||
              IsWord(toks[r], "the") || toks[r].text == ",")) {
        --r;
      }
      bool accord = false;
      if (r > first && (IsWord(toks[r], "that") || IsWord(toks[r], "which"))) {
        for (int64_t a = r - 1; a >= first && r - a < 10 && !accord; --a) {
          if (IsHardBoundary(toks[a]) || tagger_->IsVerb(sc->tags[a - first])) break;
          accord = AccordNouns().contains(toks[a].hash) || IsWord(toks[a], "memorandum");
          // (Not one of a year named: "the 2015 deal that Iran signed" is history.)
          if (accord && a > first && toks[a - 1].text.size() == 4 &&
              tagger_->Name(sc->tags[a - 1 - first]) == "CD") {
            accord = false;
            break;
          }
        }
      }
      if (accord) {
        static constexpr uint64_t kAgreement = HashLower("agreement");
        const std::vector<LexToken> signing = {sc->lex[i - first], {kAgreement, kAgreement, false}};
        uint32_t signing_end = 0;
        const EventPattern* p = events_->MatchAt(signing, 0, 2, &signing_end);
        if (p && p->code && p->code->root == "05" && signing_end == 2) {
          sc->candidates.push_back({i, i + 1, p});
          continue;
        }
      }
    }
    // "the missile attacks that Russia carried out on Tuesday against Ukrainian cities", "the
    // airstrikes which Israel launched on Gaza": an attack its doer makes in a relative
    // clause, matched as "carried out missile attacks" would be.
    static constexpr uint64_t kCarry = HashLower("carry"), kLaunch = HashLower("launch"),
                              kMount = HashLower("mount"), kConduct = HashLower("conduct");
    const uint64_t doing = sc->lex[i - first].lemma_hash;
    if (tagger_->IsVerb(tag) && i > first + 3 && sc->mention_at[i - 1 - first] >= 0 &&
        sc->mentions[sc->mention_at[i - 1 - first]].actor &&
        (doing == kCarry || doing == kLaunch || doing == kMount || doing == kConduct)) {
      const uint32_t verb_end = doing == kCarry ? i + 2 : i + 1;
      int64_t r = int64_t{sc->mentions[sc->mention_at[i - 1 - first]].first} - 1;
      if (r > first && IsWord(toks[r], "the")) --r;
      int64_t noun = -1;
      if (r > first + 1 && (IsWord(toks[r], "that") || IsWord(toks[r], "which")) &&
          AttackNouns().contains(toks[r - 1].hash) && sc->mention_at[r - 1 - first] < 0 &&
          (doing != kCarry || (verb_end <= limit && IsWord(toks[i + 1], "out")))) {
        noun = r - 1;
      }
      if (noun >= 0) {
        // The verb, then the noun with up to two words before it ("missile attacks").
        std::vector<LexToken> act(sc->lex.begin() + (i - first),
                                  sc->lex.begin() + (verb_end - first));
        int64_t from = noun;
        while (from > noun - 2 && from - 1 > first && sc->mention_at[from - 1 - first] < 0 &&
               (tagger_->IsNoun(sc->tags[from - 1 - first]) ||
                tagger_->IsAdjective(sc->tags[from - 1 - first]))) {
          --from;
        }
        for (int64_t a = from; a <= noun; ++a) act.push_back(sc->lex[a - first]);
        const auto n = static_cast<uint32_t>(act.size());
        uint32_t act_end = 0;
        const EventPattern* p = events_->MatchAt(act, 0, n, &act_end);
        if (p && p->code && p->code->root >= "18" && act_end == n) {
          sc->candidates.push_back({i, verb_end, p});
          continue;
        }
      }
    }
    // "Russia must withdraw its troops, the minister said": a speaker's "must" or "should"
    // is an appeal to the clause's subject, matched as "urge Russia to withdraw ..." is.
    // "urges X to halt its operations and to engage in dialogue": so is each later
    // infinitive of an appeal.
    bool modal = (toks[i].hash == kMust || toks[i].hash == kShould) &&
                 tagger_->Name(tag) == "MD";
    // "The leaders agreed to remain in close contact and to meet in person": so is each later
    // infinitive of an agreement, matched as "agree to meet" would be.
    uint64_t governing = 0;
    // ("urged Iran to halt its escalation and cooperate fully": "to" left out after "and".)
    const bool bare = i >= first + 2 && tagger_->Name(tag) == "VB" && IsWord(toks[i - 1], "and");
    if (i >= first + 2 && (toks[i].hash == kTo || bare) &&
        (IsWord(toks[i - 1], "and") || toks[i - 1].text == ",")) {
      for (const Candidate& a : sc->candidates) {
        if (!a.pattern->code) continue;
        if (a.pattern->code->root == "02") governing = kUrge;
        if (sc->lex[a.anchor - first].lemma_hash == kAgree) governing = kAgree;
      }
    }
    bool more = governing != 0;
    if (modal || more) {
      uint32_t v = bare && more ? i : i + 1;
      while (v < limit && tagger_->Name(sc->tags[v - first]).substr(0, 2) == "RB" &&
             !IsWord(toks[v], "not") && !IsWord(toks[v], "never")) {
        ++v;
      }
      // ("the Taliban must understand that ...": a warning, not an appeal.)
      static const WordSet knowing(std::array{"understand", "know", "realise", "realize",
                                              "remember", "recognise", "recognize", "expect"});
      if (v < limit && tagger_->Name(sc->tags[v - first]) == "VB" &&
          !BeForms().contains(toks[v].hash) && !(modal && knowing.contains(toks[v].hash))) {
        uint64_t verb = more ? governing : kUrge;
        std::vector<LexToken> appeal = {{verb, verb, false}, {kTo, kTo, false}};
        appeal.insert(appeal.end(), sc->lex.begin() + (v - first),
                      sc->lex.begin() + (limit - first));
        uint32_t appeal_end = 0;
        const EventPattern* p = events_->MatchAt(
            appeal, 0, static_cast<uint32_t>(appeal.size()), &appeal_end);
        bool kind = p && p->code && (verb == kUrge ? p->code->root == "02"
                                                   : p->code->root == "03");
        if (kind && appeal_end > 2) {
          sc->candidates.push_back({i, v + appeal_end - 2, p, modal, more});
          i = v + appeal_end - 3;
          continue;
        }
        // "Russia must stop targeting civilian infrastructure": an appeal all the same, of
        // no kind the lexicon tells (to a party named, below).
        if (modal && p && p->code && p->after.empty()) {
          sc->candidates.push_back({i, v + 1, p, true, false});
          i = v;
          continue;
        }
        // Asked of the party, not done by the speaker: "and to withdraw from the territory"
        // is no withdrawal of the one who urges it.
        if (more && p && p->code) {
          sc->candidates.push_back({i, v + 1, p, false, more});
          i = v;
          continue;
        }
      }
    }
    // A verdict said of the clause's subject, read as the one-word pattern `verb` from here
    // to `end` (the speaker or the author judges; the subject is judged).
    auto said_as = [&](const std::vector<LexToken>& verb, uint32_t end) {
      uint32_t verb_end = 0;
      const EventPattern* p = events_->MatchAt(verb, 0, 1, &verb_end);
      if (!p || !p->code) return false;
      sc->candidates.push_back({i, end, p, true, false});
      return true;
    };
    // "Russia's attacks on the ports are unacceptable": a speaker's or the author's verdict
    // on what a party does, matched as "condemn" would be, aimed at the clause's subject.
    const uint64_t h = toks[i].hash;
    if ((h == kIs || h == kAre || h == kWas || h == kWere) &&
        // ("it is totally unacceptable": an act told before, whose doer is not resolved.)
        i > first && !IsWord(toks[i - 1], "it") && !IsWord(toks[i - 1], "this") &&
        !IsWord(toks[i - 1], "that")) {
      uint32_t v = i + 1;
      while (v < limit && tagger_->Name(sc->tags[v - first]).substr(0, 2) == "RB" &&
             !IsWord(toks[v], "not") && !IsWord(toks[v], "never")) {
        ++v;
      }
      static const std::vector<LexToken> condemn = {{kCondemn, kCondemn, false}};
      // ("is not acceptable", "are not justifiable": the same verdict.)
      const bool negated_praise =
          v + 1 < limit && IsWord(toks[v], "not") &&
          (IsWord(toks[v + 1], "acceptable") || IsWord(toks[v + 1], "tolerable") ||
           IsWord(toks[v + 1], "justifiable") || IsWord(toks[v + 1], "excusable"));
      if (negated_praise) ++v;
      if (v < limit && (VerdictAdjectives().contains(toks[v].hash) || negated_praise) &&
          (v + 1 >= limit || !IsWord(toks[v + 1], "to")) && said_as(condemn, v + 1)) {
        i = v;
        continue;
      }
    }
    // "The Russian authorities bear full responsibility for his death": the one who says so
    // blames them, matched as "blame" would be.
    if ((h == kBear || h == kBears || h == kBore) &&
        i > first && !IsWord(toks[i - 1], "it") && !IsWord(toks[i - 1], "this")) {
      uint32_t v = i + 1;
      while (v < limit && v < i + 3 && tagger_->IsAdjective(sc->tags[v - first])) ++v;
      static const std::vector<LexToken> blame = {{kBlame, kBlame, false}};
      if (v + 1 < limit && IsWord(toks[v], "responsibility") && IsWord(toks[v + 1], "for") &&
          said_as(blame, v + 1)) {
        i = v;
        continue;
      }
    }
    // Most words anchor nothing: the checks below are for those that may.
    if (!events_->IsAnchorSurface(toks[i].hash)) continue;
    // Patterns of a part of speech the anchor cannot have are not tried. A word tagged as
    // no verb can still be one after an actor (a headline) or a form of "be" (below).
    std::string_view after = i + 1 < s.end_token ? tagger_->Name(sc->tags[i + 1 - first]) : "";
    // "Cuba stands with the people of Venezuela and calls on the regime": after "and", a
    // present tense's second verb read as a plural noun, before its preposition or object.
    bool second_verb = false;
    // So is a past tense's, read as an adjective ("condemned the attack and offered
    // condolences").
    std::string_view read_as = tagger_->Name(tag);
    // And a plural's present read as a singular noun ("ECOWAS and the AU condemn the coup
    // and demand that ...").
    if ((read_as == "NNS" || read_as == "JJ" || read_as == "NN") && i > first + 1 &&
        IsWord(toks[i - 1], "and") && i + 1 < s.end_token &&
        (after == "IN" || after == "DT" || after == "TO" || after == "PRP$" || after == "NNP" ||
         (read_as == "JJ" && (after == "NNS" || after == "NN")))) {
      // (Or a plural's present read as an adjective: "Cuba, Bolivia and Russia condemn the
      // attack and express solidarity with Maduro".)
      for (uint32_t j = first; j + 1 < i && !second_verb; ++j) {
        std::string_view t = tagger_->Name(sc->tags[j - first]);
        bool plural_present = (t == "VBP" || t == "VB") && j > first &&
                              sc->mention_at[j - 1 - first] >= 0;
        // (Not a participle before its noun: "and surrounding towns".)
        bool participle = toks[i].text.ends_with("ing");
        second_verb = read_as == "NNS"  ? t == "VBZ"
                      : read_as == "JJ" ? t == "VBD" || (plural_present && !participle)
                                        : plural_present;
      }
    }
    // The word before, past adverbs: "Russia wrongfully detains", "has also severely
    // restricted".
    uint32_t prev = i > first ? i - 1 : i;
    // ("has since arrested": "since" is an adverb there.)
    while (prev > first && sc->mention_at[prev - first] < 0 &&
           (tagger_->Name(sc->tags[prev - first]).substr(0, 2) == "RB" ||
            (IsWord(toks[prev], "since") && HaveForms().contains(toks[prev - 1].hash)))) {
      --prev;
    }
    // "Thousands of supporters of the junta rally outside": a plural actor's "of" phrase
    // ends the subject, and the verb agrees with the plural head before it.
    const bool plural_of_head = i > first && PluralOfPhraseHead(s, i - 1, *sc) >= 0;
    // ('"I call on the Georgian authorities': a subject pronoun's next word, "I/NN call/NN"
    // after an opening quote.)
    static const WordSet subject_pronouns(std::array{"i", "we", "they", "he", "she"});
    const bool after_pronoun = i > first && subject_pronouns.contains(toks[prev].hash);
    bool maybe_verb = tagger_->IsVerb(tag) || second_verb || plural_of_head || after_pronoun ||
                      (i > first && (sc->mention_at[prev - first] >= 0 ||
                                     BeForms().contains(toks[prev].hash) ||
                                     HaveForms().contains(toks[prev].hash)));
    std::optional<AnchorPos> ruled_out;
    if (!maybe_verb) ruled_out = AnchorPos::kVerb;
    else if (!tagger_->IsNoun(tag)) ruled_out = AnchorPos::kNoun;
    const EventPattern* p =
        events_->MatchAt(sc->lex, i - first, limit - first, signature, &end, ruled_out);
    // "agreed on Wednesday to return their ambassadors": a date right after the verb is no
    // part of its pattern. A match ending in the date's "on" ("agree on") gives way to a
    // shorter one, and the words after the date are matched as if next to the verb ("agree
    // to").
    if (p && end + first > i + 1 && IsWord(toks[end + first - 1], "on") &&
        std::any_of(sc->dates.begin(), sc->dates.end(), [&](const DateMention& d) {
          return d.first == end + first - 1 || d.first == end + first;
        })) {
      p = events_->MatchAt(sc->lex, i - first, end - 1, signature, &end, ruled_out);
    }
    for (const DateMention& d : sc->dates) {
      bool after_verb = d.first == i + 1 || (d.first == i + 2 && IsWord(toks[i + 1], "on"));
      if (!after_verb || d.end >= limit) continue;
      std::vector<LexToken> rest = {sc->lex[i - first]};
      rest.insert(rest.end(), sc->lex.begin() + (d.end - first), sc->lex.begin() + (limit - first));
      uint32_t rest_end = 0;
      const EventPattern* q = events_->MatchAt(rest, 0, static_cast<uint32_t>(rest.size()),
                                               signature, &rest_end, ruled_out);
      if (q && rest_end > 1 && (!p || q->length > p->length)) {
        p = q;
        end = d.end - first + rest_end - 1;
      }
      break;
    }
    if (!p) continue;
    // A headline's present-tense verb is often tagged as a plural noun ("Russia captures
    // the village"): after an actor and before an actor, a determiner, a number or a name
    // it is the verb. After a plural actor the base form is read as a noun or an adjective
    // instead ("Indian police arrest 20 ...", "Israeli forces open fire on ..."). Only when
    // no finite verb came before.
    std::string_view penn = tagger_->Name(tag);
    // Not after a demonym alone: "Russian attacks on Kyiv" names attacks.
    int before = i > first ? sc->mention_at[prev - first] : -1;
    bool after_actor = (before >= 0 && i + 1 < s.end_token &&
                        !(sc->mentions[before].demonym &&
                          sc->mentions[before].first + 1 == sc->mentions[before].end)) ||
                       (plural_of_head && i + 1 < s.end_token);
    // Or after the plural head of the subject a reported clause opens with ("says its air
    // defences shot down a drone").
    std::string_view prev_tag = i > first ? tagger_->Name(sc->tags[prev - first]) : "";
    bool after_plural = !after_actor && before < 0 && prev_tag == "NNS" && i + 1 < s.end_token;
    bool finite_before = false;
    bool reported = false;  // the clause opened after a verb of saying or "that"
    for (uint32_t j = first; j < i && (after_actor || after_plural); ++j) {
      std::string_view t = tagger_->Name(sc->tags[j - first]);
      if (ReportingVerbs().contains(toks[j].hash) || IsWord(toks[j], "that") ||
          toks[j].text == ";") {
        finite_before = false;
        reported = true;
        continue;
      }
      // ", and Iranian police arrest 40 people", "after protesters storm ...": a new clause
      // with its own subject.
      if (((IsWord(toks[j], "and") || IsWord(toks[j], "but")) && j > first &&
           toks[j - 1].text == ",") ||
          (Subordinators().contains(toks[j].hash) && !IsWord(toks[j], "that"))) {
        finite_before = false;
        continue;
      }
      finite_before |= t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD";
    }
    if (after_plural && reported) after_actor = true;
    std::string_view next = i + 1 < s.end_token ? tagger_->Name(sc->tags[i + 1 - first]) : "";
    // "UK sanctions Russian officials", "air force strikes targets in Gaza".
    bool object_next = i + 1 < s.end_token &&
                       (sc->mention_at[i + 1 - first] >= 0 || next == "DT" || next == "PRP$" ||
                        next == "CD" || next == "NNP" ||
                        (next == "NNS" && i + 2 < s.end_token &&
                         tagger_->Name(sc->tags[i + 2 - first]) == "IN"));
    // "is shot and wounded by": after a form of "be", the verb's participle; after one of
    // "have" too ("has also severely restricted").
    bool after_be = i > first &&
                    (BeForms().contains(toks[prev].hash) || HaveForms().contains(toks[prev].hash)) &&
                    toks[prev].text != "'s" &&  // "North Korea's alleged supply"
                    (penn == "NN" || penn == "JJ" || penn == "VBD");
    auto pos_ok = [&](const EventPattern& pattern, uint32_t match_end) {
      bool headline_verb =
          after_actor && !finite_before &&
          // A lowercase word tagged as a proper noun is a misread too ("Russia expels").
          (((penn == "NNS" || (penn == "NNP" && !toks[i].is(kCapitalized))) &&
            (object_next || match_end + first > i + 1)) ||
           // A third person read as a noun ("The Philippines summons the ambassador") only
           // before its object.
           ((penn == "NN" || penn == "JJ") && (!toks[i].text.ends_with("s") || object_next) &&
            (object_next || match_end + first > i + 1 ||
             // "Thousands protest in", "Forces retake parts", "drones attack oil refineries",
             // "the Armed Forces depose and arrest the president"
             ((next == "IN" || next == "NNS" || next == "NN" ||
               (next == "CC" && i + 2 < s.end_token &&
                events_->IsAnchorSurface(toks[i + 2].hash))) &&
              (IsPlural(toks[i - 1]) || plural_of_head)))));
      return pattern.pos == AnchorPos::kAny ||
             (pattern.pos == AnchorPos::kVerb &&
              (tagger_->IsVerb(tag) || headline_verb || after_be || second_verb ||
               after_pronoun)) ||
             (pattern.pos == AnchorPos::kNoun && tagger_->IsNoun(tag));
    };
    // The longest pattern may want the other part of speech: "announced the arrest of 1,500
    // protesters" is the noun's pattern, not the verb's "arrest ... protesters".
    if (!pos_ok(*p, end)) {
      if (ruled_out) continue;  // the other kind was not tried either: nothing fits
      p = events_->MatchAt(sc->lex, i - first, limit - first, signature, &end, p->pos);
      if (!p || !pos_ok(*p, end)) continue;
    }
    // A verb read as a noun, now a verb for the clause rules too ("advance on X and
    // capture Y": the second verb's subject is the first's).
    if (p->pos == AnchorPos::kVerb && (!tagger_->IsVerb(tag) || after_be)) {
      sc->tags[i - first] = after_be ? vbn_ : vbp_;
    }
    sc->candidates.push_back({i, end + first, p});
    i = end + first - 1;
  }
  // "Jamaat-ul-Ahrar claimed responsibility for the bombing", "The Islamic State - Khorasan
  // Province claimed the bombing": who claims a bombing set it off. The bombing is coded at
  // the claim as well, matched as "carry out the bombing" would be.
  for (size_t n = 0, count = sc->candidates.size(); n < count; ++n) {
    const Candidate claim = sc->candidates[n];  // a copy: the vector grows below
    static constexpr uint64_t kClaim = HashLower("claim");
    if (!claim.pattern->code || claim.pattern->code->code != "015" ||
        sc->lex[claim.anchor - first].lemma_hash != kClaim) {
      continue;
    }
    static const WordSet bombings(std::array{"bombing", "bombings", "bomb", "blast",
                                             "blasts", "explosion", "explosions"});
    // (Only a bombing: an attack claimed may be on anyone the text told of before.)
    uint32_t act = 0;
    for (uint32_t j = claim.anchor + 1; j < s.end_token && j < claim.end + 6 && act == 0; ++j) {
      if (IsHardBoundary(toks[j]) || toks[j].text == ",") break;
      if (bombings.contains(toks[j].hash)) act = j;
    }
    // (Not a claim about the attack: "claimed the attack was staged".)
    if (act == 0 || (act + 1 < s.end_token && (BeForms().contains(toks[act + 1].hash) ||
                                                HaveForms().contains(toks[act + 1].hash)))) {
      continue;
    }
    static constexpr uint64_t kCarry = HashLower("carry"), kOut = HashLower("out"),
                              kBombing = HashLower("bombing");
    const std::vector<LexToken> done = {{kCarry, kCarry, false}, {kOut, kOut, false},
                                        {kBombing, kBombing, false}};
    uint32_t done_end = 0;
    const EventPattern* p = events_->MatchAt(done, 0, 3, &done_end);
    bool told = false;  // "for the car bombing of the police academy": coded at its noun
    for (const Candidate& other : sc->candidates) {
      told |= other.anchor != claim.anchor && other.anchor <= act && act < other.end;
    }
    if (p && p->code && done_end == 3 && !told) {
      sc->candidates.push_back({claim.anchor, claim.end, p, false, false, true});
    }
  }

  // Roles, modality and date of each candidate.
  struct Coded {
    const Candidate* c;
    std::vector<int> sources, targets;
    Modality modality;
    int speaker = -1;          // attributed_to
    int64_t reported_by = -1;  // token of the reporting verb that governs this clause
    Date date;
    DateBasis basis;
    bool dropped = false;
    const char* dropped_why = "a speech act whose content was coded instead";
    bool mutual = false;  // a targetless act among the sources themselves
    bool each_other = false;  // "accused each other": each source's act at every other one
    // An act of the targets that the statement judges ("welcomed the ceasefire between X
    // and Y"): coded too, among the targets, at the noun naming it.
    const CameoCode* embedded = nullptr;
    uint32_t embedded_at = 0;
    // An attack the statement condemns, by its target ("condemns the offensive by the M23
    // in North Kivu"): coded too, from its doer to `attacked`, as alleged.
    int attacked = -1;
    const CameoCode* recode = nullptr;  // a builtin rule's code in place of the pattern's
    const char* recode_rule = "";
    // Who helped in an act of force ("with help from X"): the token of "help" and that of
    // the first helper, or 0; with `only_helped`, the act (no target) is not coded itself.
    uint32_t help_at = 0, helpers_at = 0;
    bool only_helped = false;
  };
  std::vector<Coded> coded;
  std::vector<int> fallback_subjects;  // the first subjects found, coded or not
  auto drop = [&](const Candidate& c, const char* why, Modality m) {
    if (!trace) return;
    uint32_t eb = sc->norm.ToOriginal(toks[c.anchor].begin);
    uint32_t ee = sc->norm.ToOriginal(toks[c.end - 1].end);
    trace->candidates.push_back({doc.text.substr(eb, ee - eb), c.pattern->text, c.pattern->rule,
                                 c.pattern->code->code, ModalityName(m), why});
  };
  for (const Candidate& c : sc->candidates) {
    if (c.appeal_more) {
      // The same appeal, from the same speaker to the same party, of this act.
      const std::string& kind = c.pattern->code->root;  // 02 (asked) or 03 (agreed)
      auto appeal = std::find_if(coded.rbegin(), coded.rend(), [&](const Coded& a) {
        return a.c->pattern->code->root == kind;
      });
      // "agreed to exchange all detainees and to implement a ceasefire": an act agreed to
      // (0871) is of the agreement ("agree to ... exchange", 0353), whatever its root.
      const bool agreed_act = kind != "02" && kind != "03";
      if (agreed_act) {
        appeal = std::find_if(coded.rbegin(), coded.rend(), [&](const Coded& a) {
          return sc->lex[a.c->anchor - first].lemma_hash == kAgree;
        });
      }
      if (appeal == coded.rend() || c.pattern->after.empty()) {
        drop(c, "an appeal's later infinitive with no act of its own, or the appeal not coded",
             Modality::kFact);
        continue;
      }
      // "to cease all hostilities, to withdraw ... and to abide by the ceasefire", "to refrain
      // from violence and to resolve their differences": one appeal, however many demands it
      // makes (annotators record it once). What is agreed is recorded by kind: "agreed to
      // hold talks and to restore ties".
      // A general intent to cooperate after a specific one ("agree to launch a dialogue ...
      // and to expand cooperation") adds nothing to it.
      bool same = std::any_of(coded.begin(), coded.end(), [&](const Coded& a) {
        return kind == "02" ? a.c->pattern->code->root == kind
                            : a.c->pattern->code == c.pattern->code ||
                                  (c.pattern->code->code == "030" &&
                                   a.c->pattern->code->root == kind);
      });
      if (same) {
        drop(c, "a later infinitive of an appeal or agreement already coded", Modality::kFact);
        continue;
      }
      Coded k = *appeal;
      k.c = &c;
      if (agreed_act) k.modality = Modality::kIntended;  // agreed to, not yet done
      k.embedded = nullptr;
      k.recode = nullptr;
      k.recode_rule = "";
      coded.push_back(std::move(k));
      continue;
    }
    bool nominal = c.pattern->pos == AnchorPos::kNoun;
    // "condemned the attack launched by Russia against Ukraine": the judgement already
    // coded the act it names.
    if (nominal && std::any_of(coded.begin(), coded.end(), [&](const Coded& a) {
          return a.embedded && a.attacked >= 0 && a.embedded_at == c.anchor;
        })) {
      drop(c, "an act a judgement already names", Modality::kAlleged);
      continue;
    }
    int64_t support = -1;  // the verb that performs a nominal act ("launched airstrikes")
    bool passive = false;
    if (!nominal && tagger_->IsParticiple(sc->tags[c.anchor - first])) {
      int64_t k = static_cast<int64_t>(c.anchor) - 1;
      while (k >= first && tagger_->Name(sc->tags[k - first]).substr(0, 2) == "RB") --k;
      passive = k >= first && BeForms().contains(toks[k].hash);
      // A pattern that ends with "by" reads it as its object's mark: "is concerned by X".
      // A feeling is the subject's: "is concerned about X", "was appalled at".
      // ("was received by the President" is a passive all the same: the host is the agent.)
      // "is committed to working with", "was dedicated to": a resolve, the subject's own.
      passive &= (!IsWord(toks[c.end - 1], "by") ||
                  sc->lex[c.anchor - first].lemma_hash == HashLower("receive")) &&
                 !FeelingWords().contains(toks[c.anchor].hash) &&
                 !((IsWord(toks[c.anchor], "committed") || IsWord(toks[c.anchor], "dedicated")) &&
                   c.anchor + 1 < s.end_token && IsWord(toks[c.anchor + 1], "to"));
    }
    // "Russia's decision drew sharp criticism from Germany": criticism received is a
    // passive whose agent follows "from".
    const bool received = !nominal && c.end > c.anchor + 1 && IsWord(toks[c.end - 1], "from") &&
                          ReceivingLemmas().contains(sc->lex[c.anchor - first].lemma_hash);
    passive |= received;
    // A word of the noun phrase before a "received" verb: "the Russian strike", "Iran's test".
    auto received_phrase = [&](int64_t j) {
      return Determiners().contains(toks[j].hash) || tagger_->IsNoun(sc->tags[j - first]) ||
             tagger_->IsAdjective(sc->tags[j - first]) || HaveForms().contains(toks[j].hash);
    };
    // A headline's passive drops "were": "Two militants killed in an Israeli airstrike",
    // "Five soldiers wounded by Russian shelling".
    // ("a ceasefire ..., mediated/NN by Egypt": a participle read as a noun before "by".)
    std::string_view anchor_tag = tagger_->Name(sc->tags[c.anchor - first]);
    bool participle = anchor_tag == "VBN" || anchor_tag == "VBD" ||
                      (toks[c.anchor].text.ends_with("ed") && c.end < s.end_token &&
                       IsWord(toks[c.end], "by"));
    if (!nominal && !passive && participle && c.end == c.anchor + 1 && c.end + 1 < s.end_token) {
      uint32_t j = c.end + 1;
      if (j < s.end_token && Determiners().contains(toks[j].hash)) ++j;
      if (j < s.end_token && sc->mention_at[j - first] >= 0) j = sc->mentions[sc->mention_at[j - first]].end;
      // ("were killed in an Israeli air strike": the compound's head.)
      if (j + 1 < s.end_token && IsWord(toks[j], "air") &&
          AttackNouns().contains(toks[j + 1].hash)) {
        ++j;
      }
      bool weapon = j < s.end_token && AttackNouns().contains(toks[j].hash);
      passive = IsWord(toks[c.end], "by") || (IsWord(toks[c.end], "in") && weapon);
    }
    int subject = nominal ? NominalSource(s, c, *sc, &support) : FindSubject(s, c.anchor, *sc);
    // "Pakistani shelling kills 12 civilians": when the weapon is itself coded as the act,
    // the verb of its effect is the same act.
    if (!nominal && subject >= 0) {
      uint32_t weapon = sc->mentions[subject].end;
      if (weapon < c.anchor && AttackNouns().contains(toks[weapon].hash) &&
          // (Not a verb of the clause: "militants attack/VBP a camp ..., kidnapping".)
          tagger_->Name(sc->tags[weapon - first]) != "VBP" &&
          tagger_->Name(sc->tags[weapon - first]) != "VBZ" &&
          tagger_->Name(sc->tags[weapon - first]) != "VBD" &&
          std::any_of(coded.begin(), coded.end(),
                      [&](const Coded& a) { return a.c->anchor == weapon; })) {
        drop(c, "the act its subject already names", Modality::kFact);
        continue;
      }
      // So is the effect told in a relative clause on an attack coded already ("conducted
      // an airstrike that killed 30 fighters").
      uint32_t rel = c.anchor > first ? c.anchor - 1 : first;
      if (rel > first && (IsWord(toks[rel], "that") || IsWord(toks[rel], "which")) &&
          AttackNouns().contains(toks[rel - 1].hash) &&
          std::any_of(coded.begin(), coded.end(), [&](const Coded& a) {
            return a.c->end == rel && a.c->pattern->code->root >= "18";
          })) {
        drop(c, "the act its subject already names", Modality::kFact);
        continue;
      }
    }
    // "the Iranian government's efforts to surveil and censor its people", "attempts by
    // Russia to annex": an infinitive after an effort's noun is the act of whoever tries,
    // as the sentence alleges it.
    bool tried = false;
    // "the UK's decision to provide Storm Shadow missiles", "the commitment of the Lebanese
    // authorities to cooperate": a decision or a pledge is the act intended.
    bool pledged = false;
    if (!nominal && c.anchor >= first + 3) {
      int64_t j = int64_t{c.anchor} - 1;
      if ((IsWord(toks[j], "and") || IsWord(toks[j], "or")) && j - 2 >= first &&
          toks[j - 1].is(kWord) && IsWord(toks[j - 2], "to")) {
        j -= 2;  // the first of two infinitives
      }
      if (j - 2 >= first && IsWord(toks[j], "to")) {
        int owner = -1;
        int64_t n = j - 1;
        int by = sc->mention_at[n - first];
        auto effort = [&](uint64_t h) {
          return TryingNouns().contains(h) || PledgeNouns().contains(h);
        };
        uint64_t noun = 0;
        bool decision = false;
        if (by >= 0 && n - 1 >= first) {  // "attempts by Russia to", "the commitment of X to"
          int64_t b = int64_t{sc->mentions[by].first} - 1;
          if (b - 1 >= first && IsWord(toks[b], "the")) --b;
          if (b - 1 >= first && (IsWord(toks[b], "by") || IsWord(toks[b], "of")) &&
              effort(toks[b - 1].hash)) {
            owner = by;
            noun = toks[b - 1].hash;
            decision = IsWord(toks[b - 1], "decision");
          }
        } else if (effort(toks[n].hash)) {
          int64_t p = n - 1;
          while (p > first && tagger_->IsAdjective(sc->tags[p - first])) --p;
          if (p > first && toks[p].text == "'s" && sc->mention_at[p - 1 - first] >= 0) {
            owner = sc->mention_at[p - 1 - first];  // "X's efforts to", "the UK's decision to"
            noun = toks[n].hash;
            decision = IsWord(toks[n], "decision");
          }
        }
        if (owner >= 0 && sc->mentions[owner].actor) {
          subject = owner;
          if (PledgeNouns().contains(noun)) {
            // (A decision to cut ties or expel is told as taken: "the decision of President
            // Lopez Obrador to suspend diplomatic relations" is no threat.)
            pledged = !(decision && c.pattern->code->root >= "10");
          } else {
            tried = true;
          }
        }
      }
    }
    // "as fighting rages between Armenia and Azerbaijan": a mutual act's parties follow it.
    // (Not what was discussed: "discussed the coordination between the army and the
    // Peshmerga" names a topic.)
    bool between_parties = false;
    static const uint64_t kDiscuss = HashLower("discuss"), kReview = HashLower("review");
    const uint64_t verb_lemma = sc->lex[c.anchor - first].lemma_hash;
    if (subject < 0 && IsMutualCode(c.pattern->code->code) && verb_lemma != kDiscuss &&
        verb_lemma != kReview) {
      // The match may end with the "between" ("agreement signed between X and Y").
      for (uint32_t j = c.end - 1; j + 1 < s.end_token && j < c.end + 4; ++j) {
        if (!IsWord(toks[j], "between")) continue;
        uint32_t at = j + 1;
        if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
        int m = sc->mention_at[at - first];
        // The last of them, so that the list is read back from it as a subject list is.
        std::vector<int> parties = m >= 0 ? Coordinated(m, false, s, *sc) : std::vector<int>{};
        if (parties.size() >= 2) subject = parties.back(), between_parties = true;
        break;
      }
    }
    if (support >= 0) nominal = false;  // the verb's act, coded as a verbal one
    // Inverted speech: "..., said a senior official", "..., said Guterres".
    bool after_quote_or_comma =
        c.anchor > first && (toks[c.anchor - 1].text == "," || toks[c.anchor - 1].text == "\"");
    if (subject < 0 && !nominal && ReportingVerbs().contains(toks[c.anchor].hash) &&
        after_quote_or_comma && tagger_->Name(sc->tags[c.anchor - first]) != "VBG" &&
        c.end < s.end_token) {
      uint32_t j = c.end;
      while (j < s.end_token && j < c.end + 4 && sc->mention_at[j - first] < 0 &&
             (tagger_->Name(sc->tags[j - first]) == "DT" ||
              tagger_->IsAdjective(sc->tags[j - first]))) {
        ++j;  // "said a senior United Nations official"
      }
      if (j < s.end_token) subject = sc->mention_at[j - first];
    }
    // "X accused Y of supplying arms", "Y denied supplying arms": Y's act, as X alleges it.
    int accuser = -1;
    bool gerund_claim = false, accused_named = false;  // ("X accused Y of": not a denial)
    // The gerund at `g` names an act of the accused: "accused Y of VERBing".
    auto accused_of = [&](int64_t g) {
      int64_t j = g - 1;
      if (j - 1 < first || !IsWord(toks[j], "of")) return false;
      int64_t a = j - 1;  // the accused's last word
      // "accused China's coast guard on Wednesday of", "accused Minsk last week of".
      if (a - 1 > first && Weekdays().contains(toks[a].hash) && IsWord(toks[a - 1], "on")) {
        a -= 2;
      } else if (a - 1 > first && (IsWord(toks[a], "week") || IsWord(toks[a], "month")) &&
                 (IsWord(toks[a - 1], "last") || IsWord(toks[a - 1], "this"))) {
        a -= 2;
      }
      // "accuses the United States and its allies of": the party named leads them.
      if (a - 3 >= first && (IsWord(toks[a], "allies") || IsWord(toks[a], "partners")) &&
          (IsWord(toks[a - 1], "its") || IsWord(toks[a - 1], "their")) &&
          IsWord(toks[a - 2], "and")) {
        a -= 3;
      }
      if (sc->mention_at[a - first] < 0) return false;
      int accused = sc->mention_at[a - first];
      int64_t v = int64_t{sc->mentions[accused].first} - 1;
      // ("accuses Russian-backed separatists of": past the accused's qualifiers.)
      while (v > first && v + 3 > sc->mentions[accused].first &&
             tagger_->IsAdjective(sc->tags[v - first]) &&
             (!toks[v].is(kCapitalized) || toks[v].text.find('-') != std::string_view::npos)) {
        --v;
      }
      if (v >= first && IsWord(toks[v], "the")) --v;
      if (v < first || !AccusingVerbs().contains(toks[v].hash)) return false;
      subject = accused;
      accuser = FindSubject(s, static_cast<uint32_t>(v), *sc);
      gerund_claim = true;
      accused_named = accuser >= 0;
      return true;
    };
    // ("accuses Ukraine of preparing an attack": the verb that performs a named act.)
    const uint32_t gerund = support >= 0 ? static_cast<uint32_t>(support) : c.anchor;
    if (!nominal && tagger_->Name(sc->tags[gerund - first]) == "VBG" && gerund >= first + 2) {
      int64_t j = int64_t{gerund} - 1;
      if (accused_of(gerund)) {
        // subject and accuser set
      } else if (toks[j].text == ",") {
        // "accuses Israel of carrying out attacks ..., killing 132": the participle goes on
        // with the accused's act.
        for (int64_t k = j - 1; k >= first && !IsHardBoundary(toks[k]); --k) {
          std::string_view penn = tagger_->Name(sc->tags[k - first]);
          if (penn == "VBD" || penn == "VBZ" || penn == "VBP") break;
          if (penn == "VBG") {
            accused_of(k);
            break;
          }
        }
      } else if (DenyingVerbs().contains(toks[j].hash)) {
        subject = FindSubject(s, static_cast<uint32_t>(j), *sc);
        gerund_claim = true;  // the accuser, if any, is found below from the discourse
        if (subject >= 0) {
          for (const Discourse::PastEvent& e : sc->discourse.events()) {
            if (e.cameo.compare(0, 2, "11") == 0 && e.target_country == sc->mentions[subject].country) {
              accuser = static_cast<int>(sc->mentions.size());
              sc->mentions.push_back(e.source);
            }
          }
        }
      }
    }
    // A gerund naming the act with its agent after it: "following shelling by Russian
    // troops".
    if (subject < 0 && !nominal && !passive && c.end + 1 < s.end_token &&
        IsWord(toks[c.end], "by") && tagger_->Name(sc->tags[c.anchor - first]) != "VBN") {
      subject = FindObject(s, c.end + 1, *sc);
    }
    int source = subject, target = -1;
    // The first actor in [from, to) that is not `party`'s side, or -1.
    auto other_actor = [&](uint32_t from, uint32_t to, int party) {
      for (uint32_t j = from; party >= 0 && j < to; ++j) {
        int m = sc->mention_at[j - first];
        if (m >= 0 && sc->mentions[m].actor && !SameActor(sc->mentions[m], sc->mentions[party])) {
          return m;
        }
      }
      return -1;
    };
    // "Khamenei vowed that Britain's 'piracy' would not go unanswered": the one who says so
    // threatens; the party the clause names is threatened.
    const bool unanswered =
        IsWord(toks[c.end - 1], "unanswered") || IsWord(toks[c.end - 1], "unpunished");
    if (unanswered) {
      source = target = -1;
      for (uint32_t v = c.anchor; v > first && v + 16 > c.anchor; --v) {
        if (!ReportingVerbs().contains(toks[v - 1].hash) && !IsWord(toks[v - 1], "vowed") &&
            !IsWord(toks[v - 1], "vows") && !IsWord(toks[v - 1], "promised")) {
          continue;
        }
        source = FindSubject(s, v - 1, *sc);
        target = other_actor(v, c.anchor, source);
        break;
      }
      subject = source;
    }
    if (c.appeal) {
      // "Russia's attacks on the port must stop", "The strikes by Israel are unacceptable":
      // with no actor as the subject, the party whose act the subject names.
      // (The subject's own: "Russia's attacks on Ukraine's ports", the first named.)
      const bool named_subject = subject >= 0;
      for (uint32_t j = c.anchor; !named_subject && j-- > first;) {
        if (IsHardBoundary(toks[j]) || toks[j].text == "," ||
            tagger_->IsVerb(sc->tags[j - first])) {
          break;
        }
        const int m = sc->mention_at[j - first];
        if (m < 0 || !sc->mentions[m].actor || sc->mentions[m].end != j + 1) continue;
        const bool owner =
            j + 1 < c.anchor && (toks[j + 1].text == "'s" || toks[j + 1].text == "'");
        const bool by = sc->mentions[m].first > first &&
                        IsWord(toks[sc->mentions[m].first - 1], "by");
        if (owner || by) subject = m;
      }
      // The one who must is the target; the speaker appeals: a quote's, "X said (that) ...",
      // "..., the minister said", "..., said Guterres", else the statement's author.
      if (subject < 0 && c.pattern->after.empty()) {
        drop(c, "an appeal of no known kind to no one named", Modality::kFact);
        continue;
      }
      target = subject;
      source = sc->quote_speaker[c.anchor - first];
      if (source < 0 && subject >= 0) {
        int64_t j = int64_t{sc->mentions[subject].first} - 1;
        if (j >= first && IsWord(toks[j], "that")) --j;
        if (j >= first && ReportingVerbs().contains(toks[j].hash)) {
          source = FindSubject(s, static_cast<uint32_t>(j), *sc);
        }
      }
      for (uint32_t j = c.end; source < 0 && j + 1 < s.end_token; ++j) {
        if (toks[j].text != ",") continue;
        uint32_t a = j + 1;
        if (ReportingVerbs().contains(toks[a].hash)) {
          ++a;
          while (a < s.end_token && sc->mention_at[a - first] < 0 &&
                 (tagger_->Name(sc->tags[a - first]) == "DT" ||
                  tagger_->IsAdjective(sc->tags[a - first]))) {
            ++a;
          }
          if (a < s.end_token) source = sc->mention_at[a - first];
        } else if (int m = sc->mention_at[a - first]; m >= 0 && sc->mentions[m].first == a) {
          uint32_t e = sc->mentions[m].end;
          if (e < s.end_token && ReportingVerbs().contains(toks[e].hash)) source = m;
        }
        break;
      }
      if (source < 0 && (sc->author || sc->voice)) {
        Mention m = sc->author ? *sc->author : *sc->voice;
        m.first = c.anchor;
        m.end = c.anchor + 1;
        m.via = "author";
        source = static_cast<int>(sc->mentions.size());
        sc->mentions.push_back(std::move(m));
      }
      if (source >= 0 && target >= 0 && SameActor(sc->mentions[source], sc->mentions[target])) {
        source = -1;  // "we must do more": a resolve, not an appeal
      }
      subject = source;
    } else if (passive) {
      // The agent: "by X", "by Russian airstrikes", or the attacker's adjective on the
      // weapon ("killed in Russian strikes on a market"); a coordinated passive ("are
      // killed and 30 others are injured by X") shares it.
      source = -1;
      // (From the match's own "by": "was received by", or "from": "drew criticism from".)
      const uint32_t from =
          IsWord(toks[c.end - 1], "by") || received ? c.end - 1 : c.end;
      for (uint32_t j = from; j + 1 < s.end_token && j < c.end + 10 && source < 0; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        if (IsWord(toks[j], "by") || (received && j == from)) {
          source = FindObject(s, j + 1, *sc);
        } else if (IsWord(toks[j], "in")) {
          uint32_t at = j + 1;
          if (at < s.end_token && Determiners().contains(toks[at].hash)) ++at;
          int m = at < s.end_token ? sc->mention_at[at - first] : -1;
          uint32_t after = m >= 0 ? sc->mentions[m].end : 0;
          // ("in an Israeli air strike".)
          if (m >= 0 && after + 1 < s.end_token && IsWord(toks[after], "air")) ++after;
          if (m >= 0 && after < s.end_token && AttackNouns().contains(toks[after].hash)) source = m;
        }
      }
      target = subject;
      // "Russia's decision drew criticism", "the Russian strike sparked condemnation": the
      // owner of what was criticised, in the noun phrase before the verb.
      for (int64_t j = int64_t{c.anchor} - 1; received && target < 0 && j >= first; --j) {
        int m = sc->mention_at[j - first];
        if (m >= 0) {
          const Mention& owner = sc->mentions[m];
          bool possessive = owner.end < c.anchor && IsWord(toks[owner.end], "'s");
          if (owner.actor && (possessive || owner.demonym)) target = m;
          break;
        }
        if (!received_phrase(j) && !IsWord(toks[j], "'s")) break;
      }
      // "Ukrainian positions near Bakhmut were shelled by Russian artillery", "Chinese banks
      // were sanctioned", "Russia's strikes were condemned": the country whose adjective or
      // possessive opens the passive's subject (past a place it is at).
      int64_t j = int64_t{c.anchor} - 1;
      while (!received && j >= first &&
             (BeForms().contains(toks[j].hash) || HaveForms().contains(toks[j].hash) ||
              tagger_->Name(sc->tags[j - first]).substr(0, 2) == "RB")) {
        --j;
      }
      // (The phrase's first such owner: "Russia's strikes on Ukrainian power plants".)
      for (int owned = -1; !received && target < 0 && c.anchor - j < 16; --j) {
        int m = j >= first ? sc->mention_at[j - first] : -1;
        if (m >= 0) {
          const Mention& owner = sc->mentions[m];
          if (owner.first > first && LocativePrepositions().contains(toks[owner.first - 1].hash)) {
            j = owner.first - 1;  // "near Bakhmut", and its preposition with the loop's step
            continue;
          }
          bool possessive = owner.end < s.end_token && IsWord(toks[owner.end], "'s");
          bool modifier = owner.end < c.anchor && tagger_->IsNoun(sc->tags[owner.end - first]) &&
                          sc->mention_at[owner.end - first] < 0;  // "UN membership"
          if (owner.actor && !owner.person && (possessive || owner.demonym)) {
            owned = m;
          } else if (!modifier) {
            target = owned;
            break;
          }
          j = owner.first;
          continue;
        }
        bool phrase = j >= first && (tagger_->IsNoun(sc->tags[j - first]) ||
                                     tagger_->IsAdjective(sc->tags[j - first]) ||
                                     Determiners().contains(toks[j].hash) ||
                                     tagger_->Name(sc->tags[j - first]) == "CD" ||
                                     IsWord(toks[j], "'s") || IsWord(toks[j], "of") ||
                                     IsWord(toks[j], "on") || IsWord(toks[j], "against") ||
                                     IsWord(toks[j], "for") ||
                                     LocativePrepositions().contains(toks[j].hash));
        if (!phrase) {
          target = owned;
          break;
        }
      }
    } else {
      // A mention inside the match ("rejected the American allegations") is its target;
      // not a venue ("filed a case at the International Court of Justice").
      for (uint32_t j = c.anchor + 1; j < c.end && target < 0; ++j) {
        int m = sc->mention_at[j - first];
        uint32_t before = j > first && IsWord(toks[j - 1], "the") ? j - 1 : j;
        // A venue is an institution or a city ("fired tear gas at protesters" aims at them).
        bool venue = before > first && m >= 0 &&
                     (IsWord(toks[before - 1], "at") || IsWord(toks[before - 1], "before") ||
                      IsWord(toks[before - 1], "in")) &&
                     (!sc->mentions[m].org.empty() || sc->mentions[m].capital ||
                      sc->mentions[m].sector == "JUD");
        if (venue && m >= 0) j = sc->mentions[m].end - 1;
        // "withdraws its fighters": the subject's own people are not its target.
        bool own = m >= 0 && subject >= 0 && sc->mentions[m].via == "possessive" &&
                   sc->mentions[m].country == sc->mentions[subject].country;
        if (m >= 0 && !venue && !own &&
            (subject < 0 || !SameActor(sc->mentions[m], sc->mentions[subject]))) {
          target = m;
        }
      }
      uint32_t from = c.end;
      // A match ending inside a mention ("at the International Court" of Justice) goes on
      // after it.
      if (from < s.end_token && sc->mention_at[from - first] >= 0 &&
          sc->mentions[sc->mention_at[from - first]].first < from) {
        from = sc->mentions[sc->mention_at[from - first]].end;
      }
      // "refused to withdraw its troops from Ukraine": past the subject's own forces or
      // envoys. (Not its people: "efforts to censor its people".)
      if (subject >= 0 && from + 2 < s.end_token &&
          tagger_->Name(sc->tags[from - first]) == "PRP$") {
        int m = sc->mention_at[from + 1 - first];
        if (m >= 0 && sc->mentions[m].first == from + 1 && sc->mentions[m].via == "possessive" &&
            (sc->mentions[m].sector == "MIL" || sc->mentions[m].sector == "GOV") &&
            sc->mentions[m].country == sc->mentions[subject].country) {
          from = sc->mentions[m].end;
        }
      }
      bool agent_after = nominal && subject >= 0 && sc->mentions[subject].first > c.anchor;
      // What follows "said" is what was said, not a party it was said to.
      // So is what is agreed ("agreed that China's behaviour posed a challenge").
      bool statement = c.pattern->code->code == "010" || IsWord(toks[c.end - 1], "that");
      const std::string& judged_root = c.pattern->code->root;
      // Rejecting a proposal is aimed at its author, as judging an act is at its doer.
      bool judged = judged_root == "05" || judged_root == "11" || judged_root == "12" ||
                    c.pattern->code->code == "012";  // concern at what a party does
      if (agent_after && target < 0) {
        // "an attack on a UN centre ... by X": the recipient before the agent, else "the
        // provision of arms by X to Y": after it.
        int before = FindObject(s, from, *sc, judged);
        if (before >= 0 && sc->mentions[before].end <= sc->mentions[subject].first) target = before;
        from = sc->mentions[subject].end;
      }
      // "discussed China's coercive behavior with Modi": what is discussed is a topic; the
      // party is the one discussed with.
      if (sc->lex[c.anchor - first].lemma_hash == kDiscuss && c.end == c.anchor + 1) {
        statement = true;
        for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 12; ++j) {
          // Not another verb's ("discussed how to carry out the agreements Kim reached with").
          if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash) ||
              tagger_->IsVerb(sc->tags[j - first])) {
            break;
          }
          if (IsWord(toks[j], "with")) {
            target = FindObject(s, j + 1, *sc);
            break;
          }
        }
      }
      bool giving = judged_root == "07" || c.pattern->code->code.starts_with("033");
      // The actor named from token `k` on ("the" before it aside), or -1.
      auto actor_at = [&](uint32_t k) {
        if (k + 1 < s.end_token && IsWord(toks[k], "the")) ++k;
        int m = k < s.end_token ? sc->mention_at[k - first] : -1;
        return m >= 0 && sc->mentions[m].first == k && sc->mentions[m].actor ? m : -1;
      };
      // "demanded that Moscow pull its troops out": a demand is aimed at whom it tells to act.
      if (target < 0 && judged_root == "10" && from + 2 < s.end_token &&
          IsWord(toks[from], "that")) {
        int m = actor_at(from + 1);
        // (Its verb bare, a thing to do: not "insisted that Georgia still intended to".)
        uint32_t v = m >= 0 ? sc->mentions[m].end : s.end_token;
        while (v + 1 < s.end_token && tagger_->Name(sc->tags[v - first]) == "RB") ++v;
        if (v < s.end_token &&
            (tagger_->Name(sc->tags[v - first]) == "VB" || IsWord(toks[v], "should") ||
             IsWord(toks[v], "must"))) {
          target = m;
        }
      }
      // "remained committed to building a mutually beneficial relationship with the United
      // States": an intent to cooperate told by a verb of its own is aimed at its partner.
      // So is an accord signed to do something with someone ("signed agreements to establish
      // full diplomatic relations with the United Arab Emirates and Bahrain").
      uint32_t verb = from;
      if (c.pattern->code->code == "057" && from + 3 < s.end_token && IsWord(toks[from], "to")) {
        ++verb;
      }
      if (target < 0 && (judged_root == "03" || verb > from) && verb + 2 < s.end_token &&
          (tagger_->Name(sc->tags[verb - first]) == "VBG" ||
           tagger_->Name(sc->tags[verb - first]) == "VB")) {
        for (uint32_t j = verb + 1; j + 1 < s.end_token && j < verb + 9; ++j) {
          if (IsHardBoundary(toks[j]) || toks[j].text == "," ||
              Subordinators().contains(toks[j].hash) || tagger_->IsVerb(sc->tags[j - first]) ||
              sc->mention_at[j - first] >= 0) {
            break;
          }
          if (!IsWord(toks[j], "with")) continue;
          target = actor_at(j + 1);
          break;
        }
      }
      if (target < 0 && !statement) target = FindObject(s, from, *sc, judged, giving);
      // "imposed sanctions on four governors who are loyal to Maduro", "on twelve entities
      // that have supported Iran's missile programme": people sanctioned and not named stand
      // for the party their description names.
      if (target < 0 && c.pattern->code->code == "163" && from + 2 < s.end_token &&
          IsWord(toks[from], "on")) {
        for (uint32_t j = from + 1; j < s.end_token && j < from + 16; ++j) {
          if (IsHardBoundary(toks[j]) || IsWord(toks[j], "with") || IsWord(toks[j], "alongside")) {
            break;
          }
          int m = sc->mention_at[j - first];
          if (m < 0 || !sc->mentions[m].actor || !sc->mentions[m].org.empty() ||
              (subject >= 0 && sc->mentions[m].country == sc->mentions[subject].country)) {
            continue;
          }
          target = m;
          break;
        }
      }
    }
    // "Biden spoke with Duda to express his condolences", "Trump called Modi to offer his
    // support": a word said for a purpose is the main verb's subject's, to whom it spoke.
    // So is force used for a purpose by one who used force: "Police fired tear gas to
    // disperse the demonstrators".
    const std::string_view said_root = c.pattern->code->root;
    const bool saying = SpeechActVerbs().contains(toks[c.anchor].hash) &&
                        (said_root == "01" || said_root == "02" || said_root == "03" ||
                         said_root == "05");
    const bool forcing = said_root == "17" || said_root == "18" || said_root == "19";
    if (source < 0 && !passive && c.anchor > first + 2 && IsWord(toks[c.anchor - 1], "to") &&
        (saying || forcing)) {
      for (uint32_t v = c.anchor - 2; v > first && v + 12 > c.anchor; --v) {
        if (IsHardBoundary(toks[v]) || toks[v].text == ",") break;
        std::string_view penn = tagger_->Name(sc->tags[v - first]);
        if (penn != "VBD" && penn != "VBZ" && penn != "VBP") continue;
        bool same_kind = saying;  // (the force's main verb an act of force itself)
        for (const Candidate& other : sc->candidates) {
          same_kind |= other.anchor == v && other.pattern->code->root == said_root;
        }
        if (!same_kind) break;
        source = FindSubject(s, v, *sc);
        if (target < 0) target = other_actor(v + 1, c.anchor - 1, source);
        subject = source;
        break;
      }
    }
    // "The ELN claims responsibility for the car bombing of the police academy": the act
    // claimed is the claimant's.
    if (source < 0 && nominal && forcing && c.anchor > first + 3) {
      uint32_t f = c.anchor - 1;
      while (f > first && f + 4 > c.anchor &&
             (Determiners().contains(toks[f].hash) || tagger_->IsAdjective(sc->tags[f - first]) ||
              tagger_->IsNoun(sc->tags[f - first]))) {
        --f;
      }
      if (IsWord(toks[f], "for") &&
          (IsWord(toks[f - 1], "responsibility") || IsWord(toks[f - 1], "credit"))) {
        for (uint32_t v = f - 2; v > first && v + 5 > f; --v) {
          if (sc->lex[v - first].lemma_hash == HashLower("claim") &&
              tagger_->IsVerb(sc->tags[v - first])) {
            source = FindSubject(s, v, *sc);
            subject = source;
            break;
          }
        }
      }
    }
    // "demonstrations against President Omar al-Bashir", "street protests in Tehran against
    // the country's leaders": protests no one is named to hold are held by the people of
    // the country they are aimed at, or of the place they are in.
    if (source < 0 && nominal && c.pattern->code->root == "14") {
      std::string country;
      if (target >= 0 && sc->mentions[target].actor && sc->mentions[target].org.empty() &&
          (sc->mentions[target].person || sc->mentions[target].sector == "GOV")) {
        country = sc->mentions[target].country;
      }
      if (country.empty()) country = SentenceCountry(s, *sc);
      if (!country.empty()) {
        source = static_cast<int>(sc->mentions.size());
        sc->mentions.push_back(CountryMention(country, "CVL", c.anchor, c.anchor + 1,
                                              "protesters"));
      }
    }
    // "Iran warned that any attack on its nuclear sites would be met with a crushing
    // response", "Pakistan said any attempt by India to divert the river would be treated as
    // an act of war": force promised in answer to a hypothetical act is a threat by whoever
    // says so, at whoever the act would be from (or whom the warning is addressed to).
    int64_t answer_said_by = -1;  // the verb of saying such a threat
    if (AnswerLemmas().contains(sc->lex[c.anchor - first].lemma_hash) &&
        c.pattern->code->code.starts_with("138")) {
      bool threat = false;
      int64_t be = static_cast<int64_t>(c.anchor) - 1;
      while (be > first && tagger_->Name(sc->tags[be - first]).substr(0, 2) == "RB") --be;
      if (passive && be > first + 2 && IsWord(toks[be], "be") &&
          Modals().contains(toks[be - 1].hash)) {
        int64_t any = -1, that = -1;
        for (int64_t j = be - 2; j >= first && j + 30 > be; --j) {
          if (IsHardBoundary(toks[j]) || IsWord(toks[j], "that")) {
            that = IsWord(toks[j], "that") ? j : -1;
            break;
          }
          if (IsWord(toks[j], "any")) any = j;
        }
        // "agreed that a nuclear test by the DPRK would be met with a strong response": one
        // act, named with whose it would be.
        if (any < 0 && that >= 0 && that + 1 < be &&
            (IsWord(toks[that + 1], "a") || IsWord(toks[that + 1], "an"))) {
          for (int64_t j = that + 2; j + 1 < be; ++j) {
            const int64_t at = IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
            int m = at < be ? sc->mention_at[at - first] : -1;
            if (IsWord(toks[j], "by") && m >= 0 && sc->mentions[m].actor) any = that + 1;
          }
        }
        // The verb of saying before the hypothetical, past "that" and whom it warns.
        int64_t v = (that >= 0 ? that : any) - 1;
        int addressee = -1;
        if (any >= 0 && v > first && sc->mention_at[v - first] >= 0) {
          addressee = sc->mention_at[v - first];
          v = static_cast<int64_t>(sc->mentions[addressee].first) - 1;
        }
        const bool agreed = v >= first && sc->lex[v - first].lemma_hash == kAgree;
        if (any >= 0 && v >= first && (ReportingVerbs().contains(toks[v].hash) || agreed)) {
          source = FindSubject(s, static_cast<uint32_t>(v), *sc);
          subject = source;
          threat = source >= 0;
          answer_said_by = v;
          for (int64_t j = any + 1; threat && j < be - 1 && target < 0; ++j) {
            int m = sc->mention_at[j - first];
            const int64_t prep = IsWord(toks[j - 1], "the") ? j - 2 : j - 1;
            bool agent = IsWord(toks[prep], "by") || IsWord(toks[prep], "from");
            if (m >= 0 && agent && sc->mentions[m].actor &&
                !SameActor(sc->mentions[m], sc->mentions[source])) {
              target = m;
            }
          }
          if (target < 0 && addressee >= 0 &&
              !SameActor(sc->mentions[addressee], sc->mentions[source])) {
            target = addressee;
          }
        }
      }
      if (!threat) {
        drop(c, "an answer to no hypothetical act", Modality::kFact);
        continue;
      }
    }
    if (source < 0) {
      drop(c, passive ? "passive with no actor after \"by\"" : "no actor as its subject",
           Modality::kFact);
      continue;
    }
    // "A gunman kills two people in Halle": a doer no one has named is no party; "an
    // al-Shabaab suicide bomber and gunmen attack": the named one with it is.
    if (UnnamedArmedMen(sc->mentions[source])) {
      for (int m : Coordinated(source, /*backward=*/true, s, *sc)) {
        if (!UnnamedArmedMen(sc->mentions[m]) && sc->mentions[m].actor &&
            !sc->mentions[m].person) {
          source = m;
          break;
        }
      }
    }
    if (UnnamedArmedMen(sc->mentions[source])) {
      drop(c, "a doer no one has named", Modality::kFact);
      continue;
    }
    bool speculative = false;
    uint32_t subject_end = subject >= 0 ? sc->mentions[subject].end : s.first_token;
    if (subject_end > c.anchor) subject_end = s.first_token;
    uint32_t verb_at = support >= 0 ? static_cast<uint32_t>(support) : c.anchor;
    if (subject_end > verb_at) subject_end = s.first_token;
    Coded k{&c, {}, {}, ModalityOf(s, subject_end, verb_at, *sc, &speculative)};
    // "were preparing an attack", "plotted attacks": an act prepared is intended.
    if (support >= 0 && k.modality == Modality::kFact &&
        (sc->lex[verb_at - first].lemma_hash == HashLower("prepare") ||
         sc->lex[verb_at - first].lemma_hash == HashLower("plan") ||
         sc->lex[verb_at - first].lemma_hash == HashLower("plot"))) {
      k.modality = Modality::kIntended;
    }
    if (answer_said_by >= 0) {
      k.reported_by = answer_said_by;  // the warning gives way to the threat
      k.modality = Modality::kConditional;
    }
    // Makes `m` (a copy, or a mention made for the purpose) one of the event's targets.
    auto add_mention_target = [&](Mention m) {
      k.targets.push_back(static_cast<int>(sc->mentions.size()));
      sc->mentions.push_back(std::move(m));
    };
    std::optional<Mention> told_doer;  // the teller of an act judged, the last resort
    if (tried) k.modality = std::max(k.modality, Modality::kAlleged);
    // ("would not go unanswered": the "not" is the threat's own.)
    if (unanswered) k.modality = Modality::kFact;
    // "urges Beijing to refrain from supporting Moscow": asked not to do the act the pattern
    // names, which is no appeal for it. Appeals to stop (025x) name the stopping themselves.
    if (c.pattern->code->root == "02" && !c.pattern->code->code.starts_with("025")) {
      for (uint32_t j = c.anchor + 1; j < c.end; ++j) {
        if (!RefrainWords().contains(toks[j].hash)) continue;
        if (const CameoCode* appeal = cameo_->Find("020")) {
          k.recode = appeal;
          k.recode_rule = " + builtin:asked-to-refrain";
        }
        break;
      }
    }
    if (pledged && k.modality == Modality::kFact) k.modality = Modality::kIntended;
    // "said Moscow would retaliate", "will take further action": a response announced is
    // a threat; reported as made ("Iran retaliated"), it is no threat, and its own kind
    // is not known from these words.
    if (c.pattern->code->code == "130" && k.modality == Modality::kFact &&
        ResponseVerbs().contains(sc->lex[c.anchor - first].lemma_hash)) {
      drop(c, "a response reported, not announced", k.modality);
      continue;
    }
    // "will travel to Moscow to discuss": the journey, not yet made, is the event.
    // Unless the journey names no party or place to go to ("will travel to the region to
    // meet with Israeli counterparts"): then the purpose is what can be told.
    if (int64_t journey = JourneyBefore(s, c.anchor, *sc); journey >= 0 && !nominal) {
      // "summoned the ambassador to protest the seizure": the summons is the complaint.
      if (toks[journey].text.starts_with("summon")) {
        drop(c, "the purpose of a summons, coded as the summons", k.modality);
        continue;
      }
      bool unused = false;
      bool destination = false;
      for (uint32_t j = static_cast<uint32_t>(journey) + 1; j + 1 < c.anchor && !destination;
           ++j) {
        uint32_t end = 0;
        destination = sc->mention_at[j - first] >= 0 ||
                      (toks[j].is(kCapitalized) && places_->MatchAt(toks, j, c.anchor, &end));
      }
      Modality trip = ModalityOf(s, subject_end, static_cast<uint32_t>(journey), *sc, &unused);
      if (!destination && trip != Modality::kFact) k.modality = std::max(k.modality, trip);
      if (destination && trip != Modality::kFact) {
        drop(c, "the purpose of a journey not yet made", k.modality);
        continue;
      }
    }
    if (gerund_claim) {
      k.modality = std::max(k.modality, Modality::kAlleged);
      k.speaker = accuser;
    }
    if (speculative) {
      drop(c, "speculation (could, may, might, should): analysis, not an event", k.modality);
      continue;
    }
    if (InsideCondition(s, c.anchor, *sc)) {
      drop(c, "inside an if-clause: a condition, not an act", k.modality);
      continue;
    }
    // "dedicated his life to fighting for a free and democratic Russia": a cause fought for
    // (not "fighting for control of Bakhmut against Russian troops").
    if (c.end == c.anchor + 1 && c.end < s.end_token && IsWord(toks[c.end], "for") &&
        sc->lex[c.anchor - first].lemma_hash == HashLower("fight")) {
      bool battle = false;
      for (uint32_t j = c.end + 1; j < s.end_token && j < c.end + 10; ++j) {
        battle |= IsWord(toks[j], "control") || IsWord(toks[j], "against") ||
                  IsWord(toks[j], "with");
      }
      if (!battle) {
        drop(c, "a cause fought for, not a fight", k.modality);
        continue;
      }
    }
    if (Demanded(s, c.anchor, *sc)) {
      drop(c, "demanded, not done", k.modality);
      continue;
    }
    if (nominal) {
      // A nominalised act ("North Korea's alleged supply of arms to Russia") needs both
      // parties, and is alleged when someone else's verb carries it.
      // (People released are the recipient, found below: "the release of 222 political
      // prisoners by the Nicaraguan government".)
      // An attack with no recipient named may still be aimed at the place it hits (below):
      // "Israeli airstrikes on the Nuseirat refugee camp in the central Gaza Strip kill 20".
      const std::string& nominal_root = c.pattern->code->root;
      bool attack = nominal_root == "18" || nominal_root == "19" || nominal_root == "20";
      // (Protests against a policy are aimed at the government that made it: below.)
      // (Nor is a mutual act by two or more named together: "the deal signed by Ethiopia and
      // Somaliland".)
      const bool joint = source >= 0 && IsMutualCode(c.pattern->code->code) &&
                         Coordinated(source, /*backward=*/false, s, *sc).size() >= 2;
      if (target < 0 && c.pattern->code->code != "0841" && !between_parties && !attack &&
          nominal_root != "14" && !joint) {
        drop(c, "nominal act without a recipient", k.modality);
        continue;
      }
      int64_t verb = -1;
      for (int64_t j = static_cast<int64_t>(c.anchor) - 1; j >= first; --j) {
        if (tagger_->IsVerb(sc->tags[j - first]) && sc->mention_at[j - first] < 0) {
          verb = j;
          break;
        }
      }
      // A pattern that holds its own verb asserts the act ("an agreement was reached
      // between X and Y").
      bool own_verb = false;
      bool modal = false;  // "an agreement could be signed": not reported as done
      for (uint32_t j = c.anchor + 1; j < c.end; ++j) {
        own_verb |= tagger_->IsVerb(sc->tags[j - first]);
        modal |= tagger_->Name(sc->tags[j - first]) == "MD";
      }
      own_verb &= !modal;
      bool asserted = own_verb;
      bool underway = false;  // "on his first visit to Italy": the text's own fact
      for (int64_t j = static_cast<int64_t>(c.anchor) - 1;
           j >= first && j + 4 > static_cast<int64_t>(c.anchor); --j) {
        asserted |= AllegedCues().contains(toks[j].hash);
        underway |= j > first && (OnOrDuringA(toks, j) || InATalk(toks, j, c.anchor));
      }
      asserted |= underway;
      if (verb >= 0 && (ReportingVerbs().contains(toks[verb].hash) ||
                        AssertingLemmas().contains(sc->lex[verb - first].lemma_hash))) {
        asserted = true;
        int asserter = FindSubject(s, static_cast<uint32_t>(verb), *sc);
        if (asserter >= 0 && !SameActor(sc->mentions[asserter], sc->mentions[source])) {
          k.speaker = asserter;
        }
      }
      // Background mentions ("in response to Russia's invasion") are not coded: they would
      // date an old act to the article, GDELT's classic error.
      // An act that opens the sentence as its subject is what the sentence reports ("An
      // attack on a UN centre by Mai-Mai militants kills three").
      int words_before = 0;  // a list item's dash is not a word
      for (uint32_t j = first; j < c.anchor; ++j) words_before += toks[j].is(kWord) ? 1 : 0;
      bool reported = false;  // a heading ("Russian invasion of Ukraine") reports nothing
      bool goes_on = false;   // "the invasion continues": no new act
      // "Heavy fighting breaks out in Khartoum between ...": the match holds its own verb
      // (which the tagger may read as a plural noun).
      static const WordSet occur(std::array{"breaks", "broke", "erupts", "erupted"});
      for (uint32_t j = c.anchor + 1; j < c.end && !reported; ++j) {
        std::string_view penn = tagger_->Name(sc->tags[j - first]);
        reported = penn == "VBZ" || penn == "VBD" || penn == "VBP" || occur.contains(toks[j].hash);
      }
      for (uint32_t j = c.end; j < s.end_token && !reported; ++j) {
        // (Not the item after a topic's colon: "Russian invasion of Ukraine: Ukrainian forces
        // recapture the village".)
        if (toks[j].text == ":") break;
        std::string_view penn = tagger_->Name(sc->tags[j - first]);
        reported = penn == "VBZ" || penn == "VBD" || penn == "VBP";
        goes_on = reported && (IsWord(toks[j], "continues") || IsWord(toks[j], "continued") ||
                               IsWord(toks[j], "continue") || IsWord(toks[j], "remains") ||
                               IsWord(toks[j], "enters") || IsWord(toks[j], "entered"));
      }
      // "A Russian missile strike on a building in Chasiv Yar kills at least 15": the act
      // that is the news verb's subject, with only its own modifiers before it.
      bool subject_np = reported && !goes_on;
      for (uint32_t j = first; j < c.anchor && subject_np; ++j) {
        std::string_view penn = tagger_->Name(sc->tags[j - first]);
        subject_np = !toks[j].is(kWord) || sc->mention_at[j - first] >= 0 || penn == "DT" ||
                     penn == "JJ" || penn == "CD" || penn == "NN" || penn == "NNP" ||
                     penn == "NNS";
      }
      bool headline_act = (words_before <= 1 || subject_np) && reported && !asserted;
      // A topic line naming a war ("Russian invasion of Ukraine") sets the sides of the
      // reports under it.
      const std::string& act_root = c.pattern->code->root;
      if (!asserted && !reported && (act_root == "18" || act_root == "19" || act_root == "20")) {
        for (uint32_t j = c.end; j < s.end_token && j < c.end + 3; ++j) {
          int m = sc->mention_at[j - first];
          if (m < 0) continue;
          const Mention& by = sc->mentions[source];
          const Mention& on = sc->mentions[m];
          if (on.actor && !on.country.empty() && !by.country.empty() &&
              on.country != by.country) {
            sc->discourse.RememberConflict(by.country, on.country);
          }
          break;
        }
      }
      // ("as demonstrations against President Omar al-Bashir enter their fifth week":
      // protests named are protests held, whoever tells of them.)
      const bool protest = act_root == "14";
      if (!asserted && !headline_act && !protest) {
        drop(c, "nominal act nobody asserts here (background)", k.modality);
        continue;
      }
      if (!headline_act && !own_verb && !underway && !protest) {
        k.modality = std::max(k.modality, Modality::kAlleged);
      }
    }
    // (A nominal act's agent after it is read forward, as a passive's: "the deal signed by
    // Ethiopia and Somaliland".)
    const uint32_t agent = sc->mentions[source].first;
    const bool agent_later = nominal && agent > c.anchor + 1 &&
                             (IsWord(toks[agent - 1], "by") ||
                              (IsWord(toks[agent - 1], "the") && IsWord(toks[agent - 2], "by")));
    k.sources = Expand(Coordinated(source, !passive && !agent_later, s, *sc), *sc);
    if (fallback_subjects.empty()) fallback_subjects = k.sources;
    // The subject of the first act in the opening sentences, a state or an organisation speaking
    // in its own words (not quoted), gives the document its voice. (A release's header lines,
    // "Press Statement", a name, a dateline, count for nothing.)
    const bool opening = index <= 2 || (index <= 6 && sc->discourse.events().empty());
    if (!sc->author && !sc->voice && opening && k.sources.size() == 1 &&
        sc->quote_speaker[c.anchor - first] < 0) {
      const Mention& who = sc->mentions[k.sources[0]];
      bool state = !who.person && who.group < 0 && (!who.org.empty() || !who.country.empty()) &&
                   (who.sector.empty() || who.sector == "GOV");
      if (state) sc->voice = who;
      // "Secretary of State Antony J. Blinken spoke today with ...": a readout's official
      // speaks for the government (not one whose words a report quotes).
      if (who.person && who.group < 0 && who.sector == "GOV" && !who.country.empty() &&
          c.pattern->code->root != "01") {
        sc->voice = CountryMention(who.country, "GOV", who.first, who.end, "author");
      }
    }
    if (between_parties) target = -1;  // the parties are the subjects, each with the others
    // "condemned the strikes as a blatant violation of Yemen's sovereignty": the state whose
    // sovereignty or airspace was violated is the victim, not the one condemned.
    if (target >= 0 && !passive && c.pattern->code->root == "11" &&
        sc->mentions[target].first > c.anchor &&
        sc->mentions[target].end + 1 < c.end && toks[sc->mentions[target].end].text == "'s") {
      const Token& what = toks[sc->mentions[target].end + 1];
      if (IsWord(what, "sovereignty") || IsWord(what, "airspace") || IsWord(what, "territory") ||
          IsWord(what, "territorial") || IsWord(what, "border") || IsWord(what, "borders")) {
        target = -1;
      }
    }
    if (target >= 0) k.targets = Expand(Coordinated(target, passive, s, *sc), *sc);
    // "reaffirmed the ironclad commitment of the United States to NATO": the party "of" the
    // commitment is the speaker's own; it is given "to" the one after.
    if (target >= 0 && !passive && c.end + 1 < s.end_token && IsWord(toks[c.end], "of") &&
        (c.pattern->code->root == "03" || c.pattern->code->root == "05") &&
        sc->mentions[target].first <= c.end + 2 &&
        sc->mentions[target].country == sc->mentions[source].country &&
        sc->mentions[target].org == sc->mentions[source].org) {
      const uint32_t to = sc->mentions[target].end;
      const uint32_t at = to + 1 < s.end_token && IsWord(toks[to + 1], "the") ? to + 2 : to + 1;
      const int m = at < s.end_token && (IsWord(toks[to], "to") || IsWord(toks[to], "for"))
                        ? sc->mention_at[at - first]
                        : -1;
      k.targets.clear();
      if (m >= 0 && sc->mentions[m].actor) k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
    }
    // "spoke by telephone with Prime Minister Netanyahu of Israel, and with ... Prime Minister
    // Hamdok of Sudan", "spoke with Scholz, who ..., and with Macron": a second "and with"
    // names more parties of the same talks.
    if (target >= 0 && !passive && c.pattern->code->root == "04" &&
        sc->mentions[target].first > first + 1 &&
        IsWord(toks[sc->mentions[target].first - 1], "with")) {
      for (uint32_t j = sc->mentions[target].end; j + 2 < s.end_token; ++j) {
        if (IsHardBoundary(toks[j])) break;
        if (!IsWord(toks[j], "and") || !IsWord(toks[j + 1], "with")) continue;
        for (uint32_t at = j + 2; at < s.end_token && at < j + 10; ++at) {
          const int m = sc->mention_at[at - first];
          if (m >= 0 && sc->mentions[m].actor) {
            for (int t : Expand(Coordinated(m, false, s, *sc), *sc)) k.targets.push_back(t);
            break;
          }
          if (IsHardBoundary(toks[at]) || toks[at].text == "," ||
              (!sc->tags.empty() && tagger_->IsVerb(sc->tags[at - first]))) {
            break;
          }
        }
        break;
      }
    }
    // "condemning the remarks about Israel attributed to Iranian President Ahmadinejad": the
    // remarks are judged, and they are their speaker's; what they are about is no target.
    if (target >= 0 && (c.pattern->code->root == "11" || c.pattern->code->root == "12") &&
        sc->mentions[target].first >= c.end + 2) {
      static const WordSet speech(std::array{"remarks", "comments", "statement", "statements",
                                             "words", "rhetoric", "claims", "speech"});
      static const WordSet about(std::array{"about", "on", "regarding", "concerning"});
      uint32_t at = sc->mentions[target].first - 1;
      if (IsWord(toks[at], "the")) --at;
      if (about.contains(toks[at].hash) && speech.contains(toks[at - 1].hash)) {
        k.targets.clear();
        for (uint32_t j = sc->mentions[target].end; j + 2 < s.end_token &&
                                                    j < sc->mentions[target].end + 6; ++j) {
          if (IsHardBoundary(toks[j]) || toks[j].text == ",") break;
          // "attributed to X", "made by X", "by X" (over "the").
          uint32_t at_by = IsWord(toks[j], "by") ? j + 1
                           : ((IsWord(toks[j], "attributed") && IsWord(toks[j + 1], "to")) ||
                              (IsWord(toks[j], "made") && IsWord(toks[j + 1], "by")))
                               ? j + 2
                               : 0;
          if (at_by && IsWord(toks[at_by], "the") && at_by + 1 < s.end_token) ++at_by;
          int m = at_by ? sc->mention_at[at_by - first] : -1;
          if (m >= 0 && sc->mentions[m].actor) {
            k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
            break;
          }
        }
      }
    }
    // "announce their withdrawal from ECOWAS": leaving an organisation is no pullback of
    // forces.
    if (target >= 0 && !sc->mentions[target].org.empty() && sc->mentions[target].first > first &&
        IsWord(toks[sc->mentions[target].first - 1], "from") &&
        (c.pattern->code->code == "0356" || c.pattern->code->root == "08")) {
      bool withdrawal = false;
      for (uint32_t j = c.anchor; j < c.end; ++j) {
        withdrawal |= IsWord(toks[j], "withdrawal") || IsWord(toks[j], "withdraw") ||
                      IsWord(toks[j], "withdraws") || IsWord(toks[j], "withdrew") ||
                      IsWord(toks[j], "withdrawn") || IsWord(toks[j], "pullout");
      }
      if (withdrawal) {
        drop(c, "leaving an organisation, not a military withdrawal", k.modality);
        continue;
      }
    }

    // Who is speaking: a quote's speaker, or "X said (that) ..." before the subject.
    if (int q = sc->quote_speaker[c.anchor - first]; q >= 0 && k.speaker < 0) k.speaker = q;
    if (subject >= 0) {
      int64_t j = static_cast<int64_t>(sc->mentions[subject].first) - 1;
      // ("denied that its forces attacked": past the determiner.)
      if (j > first && (IsWord(toks[j], "its") || IsWord(toks[j], "their") ||
                        IsWord(toks[j], "the")) &&
          IsWord(toks[j - 1], "that")) {
        --j;
      }
      if (j >= first && IsWord(toks[j], "that")) --j;
      if (j >= first && ReportingVerbs().contains(toks[j].hash)) {
        k.reported_by = j;
        int speaker = FindSubject(s, static_cast<uint32_t>(j), *sc);
        if (speaker >= 0) k.speaker = speaker;
        // "X claimed that Y attacked Z": Y's act is X's allegation. "X warned that it would
        // strike": a threat, conditional on what X warns against.
        if (AllegingVerbs().contains(toks[j].hash)) {
          k.modality = std::max(k.modality, Modality::kAlleged);
        }
        if (WarningVerbs().contains(toks[j].hash) && k.modality == Modality::kIntended) {
          k.modality = Modality::kConditional;
        }
      } else if (j >= first && DenyingVerbs().contains(toks[j].hash) &&
                 IsWord(toks[j + 1], "that")) {
        // "Eritrea has denied that its forces attacked Djibouti": an act denied is negated
        // (and the denial is an event of its own).
        int denier = FindSubject(s, static_cast<uint32_t>(j), *sc);
        if (denier >= 0) k.speaker = denier;
        k.modality = Modality::kNegated;
      }
    }
    if (k.speaker >= 0 && SameActor(sc->mentions[k.speaker], sc->mentions[source])) {
      k.speaker = -1;  // speaking of oneself
    }

    // "cuts ties with the UAE, accusing it of arming the RSF", "speaks with the advisers of
    // India and Pakistan, urging them to": the participle's pronoun is the main clause's
    // target. So is that of a verb joined to it ("accused Britain and France of piracy and
    // warned them").
    if (k.targets.empty() && c.anchor + 1 < s.end_token &&
        (tagger_->Name(sc->tags[c.anchor - first]) == "VBG" ||
         (c.anchor > first && IsWord(toks[c.anchor - 1], "and"))) &&
        (IsWord(toks[c.anchor + 1], "it") || IsWord(toks[c.anchor + 1], "them") ||
         IsWord(toks[c.anchor + 1], "him") || IsWord(toks[c.anchor + 1], "her"))) {
      for (auto a = coded.rbegin(); a != coded.rend(); ++a) {
        bool same = false;  // (any of a list of sources: "X, Y and Z cut ties with")
        for (int o : a->sources) same |= SameActor(sc->mentions[o], sc->mentions[source]);
        if (a->targets.empty() || !same) continue;
        bool plural = IsWord(toks[c.anchor + 1], "them");
        if (plural == (a->targets.size() > 1)) k.targets = a->targets;
        break;
      }
    }
    // "Ukraine's military accuses separatists of shelling its positions": what the accused's
    // act is done to, named by the accuser's possessive, is the accuser's.
    if (k.targets.empty() && gerund_claim && accuser >= 0 && sc->mentions[accuser].actor &&
        !sc->mentions[accuser].person && !sc->mentions[accuser].country.empty()) {
      for (uint32_t j = c.anchor + 1; j < s.end_token && j <= c.end; ++j) {
        if (IsWord(toks[j], "its") || IsWord(toks[j], "our")) {
          add_mention_target(sc->mentions[accuser]);
          break;
        }
        if (sc->mention_at[j - first] >= 0) break;
      }
    }
    // "a ceasefire between Israel and Islamic Jihad, mediated by Egypt", "Somalia and
    // Ethiopia agreed, in talks hosted by Türkiye": talks hosted or brokered, or an accord
    // mediated, are aimed at their parties.
    // "China brokered a ceasefire in Shan State between the junta and the Alliance": so is a
    // truce brokered, its parties after it.
    const bool brokered = c.pattern->code->code == "043" || c.pattern->code->code == "045";
    // The actors of "between X and Y" at `b`, before `limit`.
    auto between = [&](int64_t b, uint32_t limit) {
      uint32_t at = IsWord(toks[b + 1], "the") ? b + 2 : b + 1;
      int m = at < limit ? sc->mention_at[at - first] : -1;
      if (m >= 0 && sc->mentions[m].actor) {
        for (int p : Coordinated(m, /*backward=*/false, s, *sc)) {
          if (sc->mentions[p].actor && sc->mentions[p].end <= limit) k.targets.push_back(p);
        }
      }
    };
    if (k.targets.empty() && !passive && brokered && !k.sources.empty() &&
        c.pattern->code->code == "045") {
      for (uint32_t b = c.end; b + 2 < s.end_token && b < c.end + 10; ++b) {
        if (IsHardBoundary(toks[b]) || tagger_->IsVerb(sc->tags[b - first])) break;
        if (IsWord(toks[b], "between")) {
          between(b, s.end_token);
          break;
        }
      }
      if (k.targets.size() < 2) k.targets.clear();
    }
    if (k.targets.empty() && passive && !k.sources.empty() && brokered) {
      // ("A ceasefire between Israel and Hezbollah took effect ..., under a deal brokered by
      // the United States and France": the clause's truce, however far back.)
      for (int64_t b = int64_t{c.anchor} - 1; b > first && b + 40 > c.anchor; --b) {
        if (IsHardBoundary(toks[b])) break;
        if (!IsWord(toks[b], "between")) continue;
        between(b, c.anchor);
        break;
      }
      // (Talks, a truce or a deal: not "a virtual summit hosted by Vietnam".)
      // ("talks in Moscow mediated by": past where they were held.)
      int64_t a = int64_t{c.anchor} - 1;
      if (a - 2 > first && sc->mention_at[a - first] >= 0 &&
          IsWord(toks[sc->mentions[sc->mention_at[a - first]].first - 1], "in")) {
        a = int64_t{sc->mentions[sc->mention_at[a - first]].first} - 2;
      }
      const Token& act = toks[a > first ? a : c.anchor];
      bool talks = NegotiationNouns().contains(act.hash) || TruceNouns().contains(act.hash) ||
                   AccordNouns().contains(act.hash);
      for (auto a = coded.rbegin(); talks && k.targets.size() < 2 && a != coded.rend(); ++a) {
        if (a->sources.size() >= 2 && a->targets.empty() && a->c->anchor < c.anchor) {
          k.targets = a->sources;
          break;
        }
      }
      // "After talks in Moscow mediated by Lavrov, Armenia and Azerbaijan agree": the parties
      // open the clause after the agent's.
      for (uint32_t j = c.end; talks && k.targets.size() < 2 && j + 1 < s.end_token &&
                               j < c.end + 12 && !IsHardBoundary(toks[j]);
           ++j) {
        if (toks[j].text != ",") continue;
        int m = sc->mention_at[j + 1 - first];
        if (m >= 0 && sc->mentions[m].actor) {
          std::vector<int> parties = Coordinated(m, /*backward=*/false, s, *sc);
          if (parties.size() >= 2) {
            k.targets = Expand(parties, *sc);
            // (The agent's list ends at that comma.)
            std::erase_if(k.sources, [&](int x) { return sc->mentions[x].first > j; });
          }
        }
        break;
      }
      if (k.targets.size() < 2) k.targets.clear();
    }
    // "said that Moscow would retaliate", "vowed revenge": against whoever last acted against
    // it, earlier in this sentence ("India struck ... and Pakistan vowed to retaliate") or
    // before. (Not steps "against irregular migration": aimed at a thing it names.)
    bool against_thing = IsWord(toks[c.end - 1], "against") && c.end < s.end_token &&
                         sc->mention_at[c.end - first] < 0 &&
                         !(c.end + 1 < s.end_token && IsWord(toks[c.end], "the") &&
                           sc->mention_at[c.end + 1 - first] >= 0);
    // (A condition names whom it answers: "would respond firmly if Pakistan escalated".)
    bool condition = false;
    for (uint32_t j = c.end; j < s.end_token && !condition; ++j) {
      condition = IsWord(toks[j], "if") || IsWord(toks[j], "unless");
    }
    bool retaliation = c.pattern->code->code == "130" &&
                       ResponseVerbs().contains(sc->lex[c.anchor - first].lemma_hash);
    for (uint32_t j = c.anchor + 1; j < c.end && c.pattern->code->code == "138"; ++j) {
      retaliation |= RevengeWords().contains(sc->lex[j - first].lemma_hash);
    }
    if (k.targets.empty() && retaliation && !against_thing && !condition &&
        !sc->mentions[source].country.empty()) {
      const Mention threatener = sc->mentions[source];
      auto hostile = [](std::string_view root) { return root >= "11" && root <= "20"; };
      bool found = false;
      for (auto a = coded.rbegin(); a != coded.rend() && !found; ++a) {
        if (a->dropped || a->sources.empty() || a->targets.empty() ||
            a->modality != Modality::kFact ||
            !hostile((a->recode ? a->recode : a->c->pattern->code)->root)) {
          continue;
        }
        const Mention& doer = sc->mentions[a->sources[0]];
        const Mention& hit = sc->mentions[a->targets[0]];
        if (hit.country == threatener.country && !doer.country.empty() &&
            doer.country != threatener.country) {
          add_mention_target(Mention(doer));
          found = true;
        }
      }
      const auto& past = sc->discourse.events();
      for (auto e = past.rbegin(); e != past.rend() && !found; ++e) {
        if (hostile(std::string_view(e->cameo).substr(0, 2)) &&
            e->target_country == threatener.country &&
            e->source.country != threatener.country) {
          add_mention_target(e->source);
          found = true;
        }
      }
    }
    // A denial with no target answers whoever accused the denier earlier in the document,
    // else whoever the denied claim names ("rejected claims that Washington ...").
    if (c.pattern->code->code == "016" && k.targets.empty()) {
      // (A copy: adding a target may move the mentions.)
      const Mention denier = sc->mentions[source];
      // "rejected the accusations made by Washington": the claim's maker, named with it.
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 4; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == ",") break;
        if (!IsWord(toks[j], "by") || j == c.end || sc->tags[j - 1 - first] != vbn_) continue;
        int maker = FindObject(s, j + 1, *sc);
        if (maker >= 0 && sc->mentions[maker].actor &&
            !(!denier.country.empty() && sc->mentions[maker].country == denier.country)) {
          k.targets.push_back(maker);
        }
        break;
      }
      for (const Discourse::PastEvent& e : sc->discourse.events()) {
        // ("Russian police arrested Alexei Navalny on fraud charges. Navalny denies any
        // wrongdoing": a charge by the person's own state is the claim denied.)
        const bool charged = e.cameo.compare(0, 2, "17") == 0 && denier.person &&
                             e.target_code == denier.code && e.source_country == denier.country;
        // (Not concern, 110: nothing is claimed to deny.)
        bool accusation = (e.cameo.compare(0, 2, "11") == 0 && e.cameo != "110") || charged;
        bool against = e.target_code == denier.code ||
                       (!denier.country.empty() && e.target_country == denier.country);
        bool known = false;
        for (int t : k.targets) known |= sc->mentions[t].code == e.source_code;
        if (accusation && against && !known) {
          Mention accuser = e.source;
          add_mention_target(std::move(accuser));
        }
      }
      // "Russia accuses Ukraine of the attacks, although Ukraine denies any involvement";
      // "the Houthis say they shot down a coalition drone; the coalition denies losing any".
      for (const Coded& earlier : coded) {
        const std::string& r = earlier.c->pattern->code->root;
        if (r != "11" && r != "19" && r != "18") continue;
        bool against = false;
        for (int t : earlier.targets) {  // the ministry denies what its army is blamed for
          const Mention& blamed = sc->mentions[t];
          against |= SameActor(blamed, denier) ||
                     (!denier.country.empty() && blamed.country == denier.country);
        }
        if (against && k.targets.empty()) k.targets = earlier.sources;
      }
      // "... shot down a coalition drone. The coalition denied the claim": the last act of
      // force reported against the denier's state.
      const auto& past = sc->discourse.events();
      for (auto e = past.rbegin(); k.targets.empty() && e != past.rend() &&
                                   e - past.rbegin() < 3; ++e) {
        bool force = e->cameo.compare(0, 2, "18") == 0 || e->cameo.compare(0, 2, "19") == 0;
        if (force && !denier.country.empty() && e->target_country == denier.country &&
            e->source.country != denier.country) {
          add_mention_target(e->source);
        }
      }
      if (k.targets.empty()) {
        for (uint32_t j = c.end; j < s.end_token && j < c.end + 3; ++j) {
          if (IsWord(toks[j], "that")) {
            int m = FindObject(s, j + 1, *sc);
            if (m < 0 && j + 1 < s.end_token) m = sc->mention_at[j + 1 - first];
            // "denied that its forces attacked Djibouti": the other party the claim names.
            for (uint32_t x = m >= 0 ? sc->mentions[m].end : s.end_token;
                 m >= 0 && !denier.country.empty() &&
                 sc->mentions[m].country == denier.country && x < s.end_token &&
                 x < j + 12 && !IsHardBoundary(toks[x]);
                 ++x) {
              int other = sc->mention_at[x - first];
              if (other >= 0 && sc->mentions[other].actor &&
                  sc->mentions[other].country != denier.country) {
                m = other;
              }
            }
            if (m >= 0 && !(!denier.country.empty() &&
                            sc->mentions[m].country == denier.country)) {
              k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
            }
            break;
          }
        }
      }
      // "The US accused North Korea of shipping arms to Russia. Moscow rejected the
      // allegations": the allegations just made, whoever they were against.
      // (Or the criticism: "China condemned the drills. Beijing brushed off the criticism" after
      // "Washington condemned ...".)
      auto accusation = [&](const Discourse::PastEvent& e) {
        return e.cameo.starts_with("112") && e.source.country != denier.country;
      };
      auto blame = [&](const Discourse::PastEvent& e) {
        return (e.cameo.starts_with("112") || e.cameo == "111") &&
               e.source.country != denier.country && e.target_country == denier.country;
      };
      for (auto e = past.rbegin(); k.targets.empty() && e != past.rend() &&
                                   e - past.rbegin() < 8; ++e) {
        const bool accused = accusation(*e);
        if (!accused && !blame(*e)) continue;
        for (auto same = e; same != past.rend() && same->sentence == e->sentence; ++same) {
          if (accused ? accusation(*same) : blame(*same)) add_mention_target(same->source);
        }
      }
    }
    // "India blamed Pakistan for the attack, an allegation Islamabad has rejected": a claim
    // named in apposition and rejected or disputed is denied, against the sentence's first
    // party (the one who made the claim).
    static const WordSet denying(std::array{"rejected", "rejects", "reject", "denied", "denies",
                                            "deny", "dismissed", "dismisses", "dismiss",
                                            "disputed", "disputes", "refuted", "refutes"});
    // ("..., a claim New Delhi declined to address": one left unanswered is its maker's.)
    const bool unanswered_claim = c.pattern->code->code == "011";
    if (k.targets.empty() &&
        ((denying.contains(toks[c.anchor].hash) &&
          (c.pattern->code->root == "12" || c.pattern->code->code == "016")) ||
         unanswered_claim)) {
      int64_t b = int64_t{sc->mentions[source].first} - 1;
      if (b >= int64_t{first} && IsWord(toks[b], "the")) --b;
      if (b >= int64_t{first} && (IsWord(toks[b], "that") || IsWord(toks[b], "which"))) --b;
      bool claim = b - 2 >= int64_t{first} && toks[b - 2].text == "," &&
                   (IsWord(toks[b - 1], "an") || IsWord(toks[b - 1], "a")) &&
                   (IsWord(toks[b], "allegation") || IsWord(toks[b], "accusation") ||
                    IsWord(toks[b], "charge") || IsWord(toks[b], "claim") ||
                    IsWord(toks[b], "account") || IsWord(toks[b], "assertion") ||
                    IsWord(toks[b], "suggestion"));
      const CameoCode* denial = !claim            ? nullptr
                                : unanswered_claim ? c.pattern->code
                                                   : cameo_->Find("016");
      for (size_t m = 0; denial && m < sc->mentions.size(); ++m) {
        const Mention& x = sc->mentions[m];
        if (x.first < first || x.first >= b || !x.actor) continue;
        bool subject = true;  // the sentence's subject: no verb before it
        for (uint32_t v = first; v < x.first; ++v) {
          subject &= tagger_->Name(sc->tags[v - first]).substr(0, 2) != "VB";
        }
        if (!subject) break;
        // (One side of a country may deny another's: "a charge the president's office
        // rejected" after the opposition's.)
        if (!SameActor(x, sc->mentions[source]) &&
            (x.country != sc->mentions[source].country ||
             x.sector != sc->mentions[source].sector)) {
          k.targets = {static_cast<int>(m)};
          if (!unanswered_claim) {
            k.recode = denial;
            k.recode_rule = " + builtin:appositive-denial";
          }
        }
        break;
      }
    }
    // Talks and relations with no named partner ("we will continue to develop close
    // relations", after "North Korea is our neighbour"): the partner is the one other actor
    // the sentence names, when there is exactly one.
    const std::string& root = c.pattern->code->root;
    bool relations = false;
    for (uint32_t j = c.anchor; j < c.end; ++j) relations |= RelationNouns().contains(toks[j].hash);
    if (k.targets.empty() && k.sources.size() == 1 && relations &&
        (root == "03" || root == "04" || root == "05" || root == "06")) {
      int other = -1;
      bool unique = true;
      for (size_t m = 0; m < sc->mentions.size(); ++m) {
        const Mention& x = sc->mentions[m];
        if (x.first < first || x.group >= 0 || SameActor(x, sc->mentions[source])) continue;
        if (other >= 0 && !SameActor(x, sc->mentions[other])) unique = false;
        if (other < 0) other = static_cast<int>(m);
      }
      if (other >= 0 && unique) k.targets = {other};
    }
    // "warns that Israel will pay a heavy price": the threat is aimed at the clause's subject.
    if (k.targets.empty() && root == "13" && c.end + 1 < s.end_token &&
        IsWord(toks[c.end], "that")) {
      uint32_t at = c.end + 1;
      if (IsWord(toks[at], "the") && at + 1 < s.end_token) ++at;
      int m = sc->mention_at[at - first];
      if (m >= 0 && sc->mentions[m].actor && sc->mentions[m].first == at &&
          !SameActor(sc->mentions[m], sc->mentions[source])) {
        uint32_t after = sc->mentions[m].end;
        if (after < s.end_token && (Modals().contains(toks[after].hash) ||
                                    IsWord(toks[after], "faces") || IsWord(toks[after], "face"))) {
          k.targets = {m};
        }
      }
      // "warned that any further Israeli mistake would draw a harsher response", "that any
      // breach of the deal by Hezbollah would be met with force": the party whose act the
      // clause's subject names, before its modal. (Not one attacked: "any attack on Iran".)
      // Quotation marks inside it are no boundary: 'any "misadventure" by Pakistan would'.
      auto boundary = [&](const Token& t) { return IsHardBoundary(t) && t.text != "\""; };
      for (uint32_t j = at; k.targets.empty() && j < s.end_token && j < at + 10; ++j) {
        if (Modals().contains(toks[j].hash) || boundary(toks[j]) ||
            tagger_->IsVerb(sc->tags[j - first])) {
          break;
        }
        int x = sc->mention_at[j - first];
        if (x < 0 || !sc->mentions[x].actor || sc->mentions[x].first != j) continue;
        bool victim = j > first && (IsWord(toks[j - 1], "on") || IsWord(toks[j - 1], "against"));
        uint32_t end = sc->mentions[x].end;
        while (end < s.end_token && end < at + 12 && !Modals().contains(toks[end].hash) &&
               !boundary(toks[end]) && !tagger_->IsVerb(sc->tags[end - first])) {
          ++end;
        }
        if (!victim && end < s.end_token && Modals().contains(toks[end].hash) &&
            !SameActor(sc->mentions[x], sc->mentions[source])) {
          k.targets = {x};
        }
        break;
      }
    }
    // A threat or promise is directed at whoever must meet its condition ("threatened to
    // respond with nuclear weapons if the US and South Korea continued their drills").
    if (k.targets.empty() && (k.modality == Modality::kConditional || root == "13")) {
      // The condition may open the sentence: "If Moscow continues to target the UK, we
      // will respond".
      uint32_t opening = first;
      while (opening < c.anchor && !toks[opening].is(kWord)) ++opening;
      bool before = IsWord(toks[opening], "if") || IsWord(toks[opening], "unless");
      for (uint32_t j = before ? opening : c.end; j + 1 < s.end_token; ++j) {
        if (IsWord(toks[j], "if") || IsWord(toks[j], "unless")) {
          int m = sc->mention_at[j + 1 - first];
          if (m < 0 && j + 2 < s.end_token && IsWord(toks[j + 1], "the")) {
            m = sc->mention_at[j + 2 - first];
          }
          if (m >= 0 && !SameActor(sc->mentions[m], sc->mentions[source])) {
            k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
            if (before && k.modality == Modality::kIntended) k.modality = Modality::kConditional;
          }
          break;
        }
      }
    }

    // "Russia's strikes on Kyiv ... Putin warns that Russia will respond harshly if attacks on
    // its territory continue": a threat that names no one is aimed at the other side of the
    // fighting told just before, in which the threatener's state took part.
    if (k.targets.empty() && root == "13" && sc->mentions[source].actor &&
        !sc->mentions[source].country.empty() && sc->mentions[source].org.empty()) {
      const std::string& own = sc->mentions[source].country;
      const auto& past = sc->discourse.events();
      int seen = 0;
      for (auto it = past.rbegin(); it != past.rend() && seen < 6; ++it, ++seen) {
        if (sc->discourse.BeforeTopic(*it) || !sc->discourse.Within(*it, 3)) break;
        std::string_view r = std::string_view(it->cameo).substr(0, 2);
        if (r != "18" && r != "19" && r != "20") continue;
        if (it->target_country == own && !it->source_country.empty() &&
            it->source_country != own) {
          Mention enemy = it->source;
          enemy.first = c.anchor;
          enemy.end = c.end;
          enemy.group = -1;
          enemy.via = "fighting";
          add_mention_target(std::move(enemy));
          break;
        }
        if (it->source_country == own && !it->target_country.empty() &&
            it->target_country != own && it->target_code.starts_with(it->target_country)) {
          add_mention_target(CountryMention(
              it->target_country,
              std::string_view(it->target_code).substr(it->target_country.size()), c.anchor,
              c.end, "fighting"));
          break;
        }
      }
    }

    // Praise or blame of an agreement or of talks is aimed at their parties: "welcomed the
    // agreement between Armenia and Azerbaijan", "welcomes the ceasefire in Israel and Gaza".
    // A truce "in" a place binds the parties fighting there; talks "in" a place are only
    // held there.
    // Mediation and hosting aim the same way: "mediates a ceasefire between Israel and Hamas".
    for (int pass = 0; pass < 2 && k.targets.empty() && !between_parties &&
                       (root == "05" || root == "11" || root == "02" || root == "04" ||
                        root == "12" || c.pattern->code->code == "039");
         ++pass) {
      bool truce = false;  // in the match ("rejected calls for a ceasefire in Gaza") or after
      for (uint32_t j = c.anchor; j < c.end; ++j) truce |= TruceNouns().contains(toks[j].hash);
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 15; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash) ||
            Relativizers().contains(toks[j].hash)) {
          break;
        }
        truce |= TruceNouns().contains(toks[j].hash);
        bool at_parties = pass == 0 ? IsWord(toks[j], "between") : truce && IsWord(toks[j], "in");
        if (!at_parties) continue;
        uint32_t at = j + 1;
        if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
        int m = sc->mention_at[at - first];
        if (m < 0 || (pass == 1 && !sc->mentions[m].sector.empty())) continue;
        if (SameActor(sc->mentions[m], sc->mentions[source])) continue;
        k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
        if (k.targets.size() >= 2) {
          std::vector<Mention> parties;
          for (int t : k.targets) parties.push_back(sc->mentions[t]);
          sc->discourse.RememberParties(std::move(parties));
        }
        break;
      }
    }
    // "commends Egypt's key role ..., alongside the efforts of Qatar and the United States":
    // praise shared with others is aimed at them too.
    if (!k.targets.empty() && root == "05") {
      uint32_t from = sc->mentions[k.targets.back()].end;
      for (uint32_t j = from; j + 1 < s.end_token && j < from + 15; ++j) {
        if (IsHardBoundary(toks[j]) || Relativizers().contains(toks[j].hash)) break;
        uint32_t at = 0;  // past the word(s) joining the others
        if (IsWord(toks[j], "alongside")) {
          at = j + 1;
        } else if (IsWord(toks[j], "together") && IsWord(toks[j + 1], "with")) {
          at = j + 2;
        } else if (IsWord(toks[j], "as") && j + 2 < s.end_token && IsWord(toks[j + 1], "well") &&
                   IsWord(toks[j + 2], "as")) {
          at = j + 3;
        } else {
          continue;
        }
        if (at < s.end_token && IsWord(toks[at], "the")) ++at;
        if (at + 1 < s.end_token && EffortNouns().contains(toks[at].hash) &&
            IsWord(toks[at + 1], "of")) {
          at += 2;
        }
        if (at < s.end_token && IsWord(toks[at], "the")) ++at;
        int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (m >= 0 && !SameActor(sc->mentions[m], sc->mentions[source])) {
          for (int t : Expand(Coordinated(m, false, s, *sc), *sc)) k.targets.push_back(t);
        }
        break;
      }
    }
    // "condemned the attempted coup in Niger": a coup is its country's military's act.
    if (k.targets.empty() && (root == "11" || root == "05")) {
      for (uint32_t j = c.anchor + 1; j + 2 < s.end_token && j < c.end + 5; ++j) {
        if (!(IsWord(toks[j], "coup") || IsWord(toks[j], "putsch") || IsWord(toks[j], "mutiny"))) {
          continue;
        }
        uint32_t at = j + 1;
        if (IsWord(toks[at], "d'etat") || IsWord(toks[at], "attempt")) ++at;
        if (at + 1 >= s.end_token || !IsWord(toks[at], "in")) break;
        int m = sc->mention_at[at + 1 - first];
        if (m >= 0 && sc->mentions[m].sector.empty() && sc->mentions[m].org.empty() &&
            !sc->mentions[m].person && !sc->mentions[m].country.empty() &&
            !SameActor(sc->mentions[m], sc->mentions[source])) {
          Mention junta = sc->mentions[m];
          junta.sector = "MIL";
          junta.code = junta.country + "MIL";
          junta.via = "coup";
          add_mention_target(std::move(junta));
        }
        break;
      }
    }
    // "hails the deal", "welcomed the truce": the agreement or truce reported just before,
    // so its parties (and the act itself was coded where it was reported).
    bool recalled = false;
    // Hosting "this latest cycle of talks" is aimed at the parties talking.
    const bool hosting = c.pattern->code->code == "043";
    if (k.targets.empty() && (root == "05" || root == "11" || root == "02" || hosting)) {
      auto shared_act = [&](uint32_t t) {
        // ("welcomed the joint statement", "the declaration": what the parties put out
        // together.)
        return AccordNouns().contains(toks[t].hash) || TruceNouns().contains(toks[t].hash) ||
               (hosting && NegotiationNouns().contains(toks[t].hash)) ||
               JointTextNouns().contains(toks[t].hash) ||
               (IsWord(toks[t], "statement") && t > 0 && IsWord(toks[t - 1], "joint"));
      };
      // ("welcomes the Moscow arrangement": a place naming the accord is no party to it.)
      auto no_party = [&](uint32_t t) {
        const int m = sc->mention_at[t - first];
        return m < 0 || (!sc->mentions[m].actor && sc->mentions[m].capital);
      };
      uint32_t j = c.anchor + 1;
      while (j < s.end_token && j < c.end + 6 && no_party(j) && !shared_act(j)) {
        bool measure = j + 1 < s.end_token && IsWord(toks[j + 1], "of") &&
                       (QuantityNouns().contains(toks[j].hash) || IsWord(toks[j], "cycle"));
        if (measure) {
          j += 2;  // "cycle of", "round of"
          continue;
        }
        // ("expressed their support for the treaty".)
        if (!(j < c.end || IsWord(toks[j], "the") || IsWord(toks[j], "this") ||
              (j == c.end && IsWord(toks[j], "for")) || sc->mention_at[j - first] >= 0 ||
              (toks[j].is(kCapitalized) && j + 1 < s.end_token && shared_act(j + 1)) ||
              tagger_->IsAdjective(sc->tags[j - first]))) {
          break;
        }
        ++j;
      }
      // ("the Moscow arrangement": past the place that names it.)
      const uint32_t det = j > c.anchor + 2 && toks[j - 1].is(kCapitalized) ? j - 1 : j;
      bool definite = det > c.anchor + 1 &&
                      (IsWord(toks[det - 1], "the") || IsWord(toks[det - 1], "this") ||
                       IsWord(toks[det - 1], "of") ||
                       tagger_->IsAdjective(sc->tags[det - 1 - first]));
      // ("signed a joint declaration": a new one, not the one told before.)
      for (uint32_t b = j - 1; definite && b > c.anchor && tagger_->IsAdjective(sc->tags[b - first]);
           --b) {
        definite = !(IsWord(toks[b - 1], "a") || IsWord(toks[b - 1], "an"));
      }
      bool accord = j < s.end_token && no_party(j) && shared_act(j);
      bool qualified = j + 1 < s.end_token && (IsWord(toks[j + 1], "between") ||
                                               IsWord(toks[j + 1], "with") || IsWord(toks[j + 1], "of"));
      std::vector<Mention> parties = sc->discourse.RecentParties();
      // "X and Y sign an agreement ... Obama speaks with Putin ... Ashton welcomes the
      // agreement": an agreement's parties are its signers, told further back.
      if (accord && AccordNouns().contains(toks[j].hash)) {
        const auto& past = sc->discourse.events();
        int signed_in = -1;
        std::vector<Mention> signers;
        // (Under an earlier topic line, only when this sentence names a signer's country.)
        auto named_here = [&](const std::string& country) {
          for (const Mention& m : sc->mentions) {
            if (m.first >= s.first_token && m.country == country) return true;
          }
          return false;
        };
        for (auto it = past.rbegin(); it != past.rend() && it - past.rbegin() < 12; ++it) {
          if (it->cameo != "057" || (signed_in >= 0 && it->sentence != signed_in)) continue;
          if (sc->discourse.BeforeTopic(*it) && !named_here(it->source.country)) break;
          signed_in = it->sentence;
          std::vector<Mention> sides = {it->source};
          // (A mutual signing is told once, its other side as the target.)
          if (!it->target_country.empty() && it->target_code.starts_with(it->target_country)) {
            sides.push_back(CountryMention(it->target_country,
                                           std::string_view(it->target_code)
                                               .substr(it->target_country.size()),
                                           0, 0, ""));
          }
          for (Mention& side : sides) {
            bool known = false;
            for (const Mention& p : signers) known |= SameActor(p, side);
            if (!known) signers.push_back(std::move(side));
          }
        }
        if (signers.size() >= 2) parties = std::move(signers);
      }
      bool outsider = parties.size() >= 2;
      for (const Mention& p : parties) outsider &= !SameActor(p, sc->mentions[source]);
      if (definite && accord && !qualified && outsider) {
        recalled = true;
        for (Mention p : parties) {
          p.first = j;
          p.end = j + 1;
          p.via = "parties";
          add_mention_target(std::move(p));
        }
      }
    }
    // "The visit drew criticism from X": the act criticised is the subject before the verb.
    // So is the subject of a judgement's passive: "The veto was condemned by the United
    // States".
    const bool judged_passive = passive && !received && !nominal && c.anchor > first &&
                                (root == "05" || root == "11" || root == "12") &&
                                BeForms().contains(toks[c.anchor - 1].hash);
    uint32_t received_act = c.end;
    for (int64_t j = int64_t{c.anchor} - (judged_passive ? 2 : 1);
         (received || judged_passive) && j >= first; --j) {
      if (!received_phrase(j) || sc->mention_at[j - first] >= 0) break;
      if (Determiners().contains(toks[j].hash)) received_act = static_cast<uint32_t>(j);
    }
    // "North Korea launched a missile ... Japan condemned the launch": blame or praise of an
    // act just reported, named by its own word or as "the move", goes to its doer.
    // "calls the strikes an act of war": the act may be inside the match.
    for (uint32_t from : {c.end, c.anchor + 1, received_act}) {
      // (Concern at "these decisions" too: it disapproves of their makers, below.)
      if (k.targets.empty() &&
          (root == "05" || root == "11" || root == "12" || c.pattern->code->code == "012") &&
          (from == c.end || c.end >= c.anchor + 3 || (from != c.end && from == received_act))) {
        uint32_t j = from;
        // "condemns in the strongest terms this horrific violence".
        if (j < s.end_token && IsWord(toks[j], "in")) {
          for (uint32_t t = j + 1; t < s.end_token && t < j + 6; ++t) {
            if (IsWord(toks[t], "terms")) {
              j = t + 1;
              break;
            }
          }
        }
        from = j;
        // (And over a quotation mark: 'condemned the "shocking act"'.)
        while (j < s.end_token && j < from + 5 &&
               (IsWord(toks[j], "the") || IsWord(toks[j], "this") || IsWord(toks[j], "that") ||
                IsWord(toks[j], "these") || toks[j].text == "\"" ||
                tagger_->IsAdjective(sc->tags[j - first]))) {
          ++j;
        }
        bool definite = j > from && !IsWord(toks[from], "a");
        // "the ground offensive", "the air strikes": the compound's head. (Not the judgement
        // that ends the match, which the tagger may read as a noun: "calls the decisions
        // short-sighted".)
        const uint32_t head_end = from < c.end ? c.end - 1 : s.end_token;
        for (int more = 0; more < 2 && j + 1 < head_end && sc->mention_at[j - first] < 0 &&
                           sc->mention_at[j + 1 - first] < 0 &&
                           tagger_->IsNoun(sc->tags[j - first]) &&
                           tagger_->IsNoun(sc->tags[j + 1 - first]);
             ++more) {
          ++j;
        }
        // ("the downing/VBG": a gerund after the article is a noun.)
        if (definite && j < s.end_token && sc->mention_at[j - first] < 0 &&
            (tagger_->IsNoun(sc->tags[j - first]) ||
             (sc->tags[j - first] == vbg_ && IsWord(toks[j - 1], "the")))) {
          uint64_t lemma = sc->lex[j - first].lemma_hash;
          const uint64_t verb = VerbOfActNoun(toks[j]);  // "the declaration": "declared"
          bool generic = IsWord(toks[j], "move") || IsWord(toks[j], "decision") ||
                         IsWord(toks[j], "step") || IsWord(toks[j], "action") ||
                         IsWord(toks[j], "measures") || IsWord(toks[j], "steps") ||
                         IsWord(toks[j], "moves") || IsWord(toks[j], "actions") ||
                         IsWord(toks[j], "decisions") || IsWord(toks[j], "announcement") ||
                         IsWord(toks[j], "treatment") || IsWord(toks[j], "measure");
          const auto& past = sc->discourse.events();
          const Discourse::PastEvent* done = nullptr;
          // The doer of the act judged, a target at the act's word.
          auto add_doer = [&](Mention doer) {
            doer.first = j;
            doer.end = j + 1;
            doer.group = -1;
            doer.via = "act";
            add_mention_target(std::move(doer));
          };
          // "We condemn these attacks" after "Russia has launched missile attacks on ...".
          // "... forcibly entered the Embassy of Mexico. ... condemned the raid".
          bool attack = AttackNouns().contains(toks[j].hash) || IsWord(toks[j], "raid") ||
                        IsWord(toks[j], "acts") ||
                        (IsWord(toks[j], "use") && j + 2 < s.end_token &&
                         IsWord(toks[j + 1], "of") && IsWord(toks[j + 2], "force")) ||
                        IsWord(toks[j], "incursion") || IsWord(toks[j], "seizure") ||
                        IsWord(toks[j], "incident") || IsWord(toks[j], "operation") ||
                        IsWord(toks[j], "intervention") || IsWord(toks[j], "invasion");
          // "condemns this horrific violence", "deplored the killings": the last act of
          // force reported.
          bool violence = ViolenceNouns().contains(toks[j].hash);
          // "... tested a hypersonic missile. Japan calls the launch regrettable": a launch or
          // a test is the last show of force (150).
          bool show = IsWord(toks[j], "launch") || IsWord(toks[j], "launches") ||
                      IsWord(toks[j], "test") || IsWord(toks[j], "tests");
          // "China held drills around Taiwan ... condemned the drills": the last exercise.
          bool drills = DrillNouns().contains(toks[j].hash);
          // "A Moscow court sentenced Navalny ... Britain condemned the verdict": a court's
          // ruling is the last act of a court.
          bool ruling = IsWord(toks[j], "verdict") || IsWord(toks[j], "ruling") ||
                        IsWord(toks[j], "sentence") || IsWord(toks[j], "conviction") ||
                        IsWord(toks[j], "judgment") || IsWord(toks[j], "judgement") ||
                        IsWord(toks[j], "award");
          // "imposes sanctions on Turkish ministers ... Turkey denounced the sanctions".
          bool sanctions = IsWord(toks[j], "sanctions") || IsWord(toks[j], "designations");
          // "... signed a memorandum of understanding ... Somalia has rejected the memorandum".
          bool accord = AccordNouns().contains(toks[j].hash) || IsWord(toks[j], "memorandum");
          // "gave Maduro an ultimatum ... Maduro rejected that ultimatum": a speech act named by
          // its kind is the last of that root.
          const std::string_view kind = SpeechActRoot(toks[j]);
          // (Sanctions are seldom two stories in one text: the last imposed, further back.)
          const int window = sanctions || accord      ? 12
                             : attack || violence || show || drills || ruling || verb != 0 ? 8
                                                                       : 4;
          // An act named by its own word ("the treaty", "the offensive", "the seizure") is
          // the one last told by it, though other acts were told since.
          // (Not a speech act's noun: "rejects the protest" after a street protest.)
          const bool own_word = !generic && kind.empty() && !IsWord(toks[j], "protest") &&
                                !IsWord(toks[j], "protests");
          for (auto it = past.rbegin(); own_word && it != past.rend() &&
                                        it - past.rbegin() < 16 && !done;
               ++it) {
            if (sc->discourse.BeforeTopic(*it) && !sc->discourse.SameStory(*it)) break;
            if (it->act_lemma == lemma || it->anchor_lemma == lemma ||
                (verb != 0 && it->anchor_lemma == verb)) {
              done = &*it;
            }
          }
          for (auto it = past.rbegin(); !done && it != past.rend() && it - past.rbegin() < window;
               ++it) {
            // Past a digest's section heading, only the act named by its own word ("North
            // Korea conducts its sixth nuclear test ... International relations ... Japan
            // calls the test unacceptable").
            const bool heading_between = sc->discourse.BeforeTopic(*it);
            if (heading_between && !sc->discourse.SameStory(*it)) break;
            if (heading_between) {
              if (it->anchor_lemma == lemma || it->act_lemma == lemma ||
                  (verb != 0 && it->anchor_lemma == verb) ||
                  (show && it->cameo == "150")) {
                done = &*it;
                break;
              }
              continue;
            }
            std::string_view r = std::string_view(it->cameo).substr(0, 2);
            bool violent = r == "18" || r == "19" || r == "20";
            // ("... claimed responsibility for the bombing. The United States condemned the
            // bombing": the claimant is the doer.)
            if (it->anchor_lemma == lemma || (verb != 0 && it->anchor_lemma == verb) ||
                (generic && it == past.rbegin()) ||
                ((attack || violence) && (violent || r == "17" || it->cameo == "015")) ||
                // (Not an alert raised in answer: "orders the military to raise its readiness".)
                (show && it->cameo == "150") || (drills && r == "15") ||
                (ruling && it->source.sector == "JUD") ||
                (sanctions && it->cameo == "163") || (accord && it->cameo == "057") ||
                (!kind.empty() && r == kind)) {
              done = &*it;
              break;
            }
          }
          // "Saudi Arabia, the UAE and Bahrain give Qatari citizens 14 days to leave. Qatar
          // calls the measures unjustified": each doer of the act (its events of the one
          // sentence and code).
          for (auto it = past.rbegin(); done && it != past.rend(); ++it) {
            if (it->sentence != done->sentence || it->cameo != done->cameo ||
                it->anchor_lemma != done->anchor_lemma) {
              continue;
            }
            // (Not one's own side's act defended: "defended the operation".)
            bool again = SameActor(it->source, sc->mentions[source]) ||
                         (root == "05" && it->source.country == sc->mentions[source].country);
            for (int t : k.targets) again |= SameActor(sc->mentions[t], it->source);
            if (again) continue;
            add_doer(it->source);
          }
          // "Mexico condemns the forced entry by Ecuadorian police into its embassy ... Brazil
          // and Colombia have condemned the raid": an act of force not coded but condemned
          // before is aimed, again, at whom the earlier condemnation was; so is one blamed on
          // someone ("Hamas blamed Israel for the assassination ... Russia condemned the
          // killing").
          // ("... condemned Beijing's actions. The EU condemned the dangerous manoeuvres".)
          const bool force = attack || violence || drills || show;
          for (auto it = past.rbegin(); !done && force && root == "11" && k.targets.empty() &&
                                        it != past.rend() && it - past.rbegin() < window;
               ++it) {
            if (sc->discourse.BeforeTopic(*it)) break;
            if ((it->cameo != "111" && !it->cameo.starts_with("112")) ||
                it->target_country.empty() ||
                !it->target_code.starts_with(it->target_country) ||
                it->target_country == sc->mentions[source].country ||
                SameActor(it->source, sc->mentions[source])) {
              continue;
            }
            add_mention_target(CountryMention(
                it->target_country,
                std::string_view(it->target_code).substr(it->target_country.size()), j, j + 1,
                "act"));
            break;
          }
          // "Belarusian officials said the crew had chosen to divert ... Nauseda called the
          // diversion a state-sponsored hijacking": an act whose telling coded nothing (not one
          // of force, or a court's) is its teller's, a state's other than the judge's.
          if (!done && !generic && !IsWord(toks[j], "protest") && !IsWord(toks[j], "protests") &&
              !force && !ruling && k.targets.empty() && (root == "11" || root == "12")) {
            const Mention* doer = TellerOf(j, *sc);
            if (doer && !SameActor(*doer, sc->mentions[source]) &&
                doer->country != sc->mentions[source].country) {
              told_doer = *doer;  // (when no later rule finds a target)
              told_doer->first = j;
              told_doer->end = j + 1;
              told_doer->group = -1;
              told_doer->via = "act";
            }
          }
          // "The Security Council adopted a resolution ... Japan welcomed the resolution": a
          // resolution is the council's that adopted it (or the UN's).
          // ("welcomed the adoption of the resolution" too.)
          uint32_t of = j + 1 < s.end_token && IsWord(toks[j + 1], "of") ? j + 2 : j;
          if (of > j && of + 1 < s.end_token && IsWord(toks[of], "the")) ++of;
          bool adopted = of > j && (IsWord(toks[j], "adoption") || IsWord(toks[j], "passage"));
          uint32_t r = adopted ? of : j;
          // So is a ruling no court's act told earlier the last international court's
          // named ("An arbitral tribunal at the Permanent Court of Arbitration ruled ...
          // Vietnam welcomed the ruling").
          bool resolution = IsWord(toks[r], "resolution") || IsWord(toks[r], "resolutions");
          if (!done && k.targets.empty() && (resolution || ruling)) {
            const Mention* org = sc->discourse.LastOrganisation();
            const Mention* body = resolution ? sc->discourse.LastCouncil() : nullptr;
            if (body == nullptr && org != nullptr &&
                (resolution ? org->org == "UN"
                            : org->code.find("JUD") != std::string::npos)) {
              body = org;
            }
            if (body != nullptr && !SameActor(*body, sc->mentions[source])) add_doer(*body);
          }
        }
      }
    }
    // "expressed appreciation for the 3.8 billion dollars in annual security assistance that
    // the United States provides to Israel": thanks for what a party gives go to the giver
    // the relative clause names.
    if (k.targets.empty() && root == "05") {
      static const WordSet gives(std::array{"provides", "provided", "gives", "gave", "donated",
                                            "sent", "delivered", "pledged", "offered",
                                            "extended", "has", "have"});
      for (uint32_t j = c.end; j + 2 < s.end_token && j < c.end + 16; ++j) {
        if (IsHardBoundary(toks[j]) || (sc->mention_at[j - first] >= 0 && j > c.end + 1)) break;
        if (!(IsWord(toks[j], "that") || IsWord(toks[j], "which")) ||
            !tagger_->IsNoun(sc->tags[j - 1 - first])) {
          continue;
        }
        uint32_t at = IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
        int giver = at < s.end_token ? sc->mention_at[at - first] : -1;
        uint32_t v = giver >= 0 ? sc->mentions[giver].end : s.end_token;
        if (v + 1 < s.end_token && gives.contains(toks[v].hash) &&
            (!HaveForms().contains(toks[v].hash) || gives.contains(toks[v + 1].hash)) &&
            sc->mentions[giver].actor && !SameActor(sc->mentions[giver], sc->mentions[source])) {
          k.targets.push_back(giver);
        }
        break;
      }
    }
    // "supports the peace process in South Sudan", "welcomed the elections in Nigeria": an
    // act of support or aid for what goes on in a country is aimed at the country. (Not a
    // condemnation: an act condemned with no doer named has no target.)
    // (Not a word of a name: "the UN Support Mission in Libya".)
    if (k.targets.empty() && (root == "03" || root == "05" || root == "06" || root == "07") &&
        (c.anchor == first || !toks[c.anchor].is(kCapitalized))) {
      uint32_t j = c.end;
      while (j < s.end_token && j < c.end + 10 && sc->mention_at[j - first] < 0 &&
             (Determiners().contains(toks[j].hash) || IsWord(toks[j], "of") ||
              tagger_->IsNoun(sc->tags[j - first]) ||
              tagger_->IsAdjective(sc->tags[j - first]))) {
        ++j;
      }
      uint32_t at = j + 1 < s.end_token && IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
      int m = j > c.end && at < s.end_token && IsWord(toks[j], "in") &&
                      tagger_->IsNoun(sc->tags[j - 1 - first])
                  ? sc->mention_at[at - first]
                  : -1;
      if (m >= 0 && sc->mentions[m].first == at) {
        const Mention& place = sc->mentions[m];
        bool country = place.actor && !place.person && place.org.empty() &&
                       (place.sector.empty() || place.capital) && place.country.size() == 3 &&
                       !SameActor(place, sc->mentions[source]);
        if (country) add_mention_target(Mention(place));
      }
    }
    // "condemns the attack and calls on Iran to refrain from further violence": the party
    // asked in the same breath to stop is the one whose act is condemned.
    if (k.targets.empty() && root == "11") {
      for (uint32_t j = c.end; j + 3 < s.end_token && j < c.end + 20; ++j) {
        // (Past a label quoted: 'called the demolition "an extremely abnormal act" and urged'.)
        if ((IsHardBoundary(toks[j]) && toks[j].text != "\"") || IsWord(toks[j], "but")) break;
        bool appeal = IsWord(toks[j], "urges") || IsWord(toks[j], "urged") ||
                      IsWord(toks[j], "urge") ||
                      ((IsWord(toks[j], "calls") || IsWord(toks[j], "called") ||
                        IsWord(toks[j], "call")) &&
                       (IsWord(toks[j + 1], "on") || IsWord(toks[j + 1], "upon"))) ||
                      ((IsWord(toks[j], "demands") || IsWord(toks[j], "demanded") ||
                        IsWord(toks[j], "demand")) &&
                       IsWord(toks[j + 1], "that"));  // "demands that Russia stop"
        if (!appeal) continue;
        uint32_t at = IsWord(toks[j + 1], "on") || IsWord(toks[j + 1], "upon") ||
                              IsWord(toks[j + 1], "that")
                          ? j + 2
                          : j + 1;
        if (at < s.end_token && IsWord(toks[at], "the")) ++at;
        // "calls on the leaders of the SAF and the RSF".
        if (at + 2 < s.end_token && (IsWord(toks[at], "leaders") || IsWord(toks[at], "leadership")) &&
            IsWord(toks[at + 1], "of")) {
          at += IsWord(toks[at + 2], "the") ? 3 : 2;
        }
        int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        // (A person of the condemner's own side is asked, not blamed.)
        if (m < 0 || !sc->mentions[m].actor || SameActor(sc->mentions[m], sc->mentions[source]) ||
            (sc->mentions[m].person &&
             (sc->mentions[m].country.empty() ||
              sc->mentions[m].country == sc->mentions[source].country))) {
          break;
        }
        // "calls on Burhan and RSF commander Dagalo to": each party listed.
        std::vector<int> asked = Coordinated(m, /*backward=*/false, s, *sc);
        uint32_t to = sc->mentions[asked.back()].end;
        // ("to immediately cease".)
        uint32_t act = to + 2 < s.end_token && IsWord(toks[to], "to") &&
                               tagger_->Name(sc->tags[to + 1 - first]).substr(0, 2) == "RB"
                           ? to + 2
                           : to + 1;
        bool stop = act < s.end_token &&
                    ((IsWord(toks[to], "to") && RefrainWords().contains(toks[act].hash)) ||
                     (IsWord(toks[to], "not") && IsWord(toks[to + 1], "to")));  // "not to repeat"
        // "demands that Russia immediately halt".
        uint32_t verb = to < s.end_token && IsWord(toks[to], "immediately") ? to + 1 : to;
        stop |= IsWord(toks[j + 1], "that") && verb < s.end_token &&
                (RefrainWords().contains(toks[verb].hash) || IsWord(toks[verb], "withdraw"));
        if (stop) k.targets = Expand(asked, *sc);
        break;
      }
    }
    // "condemned the violence that erupted on Monday, when supporters of the ruling party
    // attacked peaceful protesters", "the attack, in which militants killed": blame of an act
    // goes to the doer of the violence the clause after it tells.
    if (k.targets.empty() && (root == "11" || root == "12")) {
      for (uint32_t j = c.end; j + 2 < s.end_token && j < c.end + 25 && k.targets.empty(); ++j) {
        if (IsHardBoundary(toks[j])) break;
        bool when = IsWord(toks[j], "when") ||
                    (IsWord(toks[j], "which") && (IsWord(toks[j - 1], "in") ||
                                                  IsWord(toks[j - 1], "during")));
        for (uint32_t x = j + 1; when && x < s.end_token && x < j + 6; ++x) {
          int m = sc->mention_at[x - first];
          if (m < 0) continue;
          const Mention& doer = sc->mentions[m];
          bool violent = false;
          for (const Candidate& v : sc->candidates) {
            std::string_view r = v.pattern->code->root;
            // (Not the victims: "the attack, in which 37 civilians were killed".)
            violent |= v.anchor >= doer.end && v.anchor < doer.end + 3 &&
                       !BeForms().contains(toks[v.anchor - 1].hash) &&
                       (r == "14" || r == "17" || r == "18" || r == "19" || r == "20");
          }
          if (violent && doer.actor && !UnnamedArmedMen(doer) &&
              !SameActor(doer, sc->mentions[source])) {
            k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
          }
          break;
        }
      }
    }
    // "condemned the coup", "the unconstitutional change of government in Gabon": a coup is
    // its country's military's (named before, or of the country the sentence, the title or
    // the last sentences name).
    if (k.targets.empty() && (root == "11" || root == "12")) {
      bool coup = false;
      for (uint32_t j = c.anchor + 1; j < s.end_token && j < c.end + 6 && !coup; ++j) {
        if (IsHardBoundary(toks[j])) break;
        // "the efforts to unconstitutionally change the legitimate Government", "the
        // unconstitutional change of government", "the military takeover".
        coup = IsWord(toks[j], "coup") || IsWord(toks[j], "putsch") ||
               IsWord(toks[j], "takeover") || IsWord(toks[j], "unconstitutionally") ||
               IsWord(toks[j], "unconstitutional") ||
               (IsWord(toks[j], "seizure") && j + 2 < s.end_token && IsWord(toks[j + 1], "of") &&
                IsWord(toks[j + 2], "power"));
      }
      // (The army whose coup the text told comes first: "Gulen, who has lived in
      // Pennsylvania, condemns the coup" is not about the place he lives in.)
      const Mention* army = coup ? sc->discourse.LastMilitary() : nullptr;
      std::string where = army ? army->country : coup ? SentenceCountry(s, *sc) : "";
      // "... change the legitimate Government of the Republic of Niger": the government
      // overthrown names the country.
      for (uint32_t j = c.end; coup && where.empty() && j < s.end_token && j < c.end + 12; ++j) {
        int m = sc->mention_at[j - first];
        if (m >= 0 && sc->mentions[m].actor && sc->mentions[m].org.empty() &&
            !sc->mentions[m].country.empty() &&
            !SameActor(sc->mentions[m], sc->mentions[source])) {
          where = sc->mentions[m].country;
        }
      }
      if (coup && where.empty()) where = sc->title_country;
      if (coup && where.empty()) where = sc->discourse.LastCountry();
      const Mention* mil = coup ? sc->discourse.LastMilitary() : nullptr;
      if (mil && !where.empty() && mil->country != where) mil = nullptr;
      if (coup && (mil || !where.empty()) &&
          // (A coup at home is its army's, but for the army itself: "Qarase calls the
          // takeover illegal".)
          ((mil ? mil->country : where) != sc->mentions[source].country ||
           (sc->mentions[source].sector != "MIL" && !sc->mentions[source].sector.empty()))) {
        Mention m = mil ? *mil : CountryMention(where, "MIL", 0, 0, "");
        m.first = c.anchor;
        m.end = c.end;
        m.group = -1;
        m.via = "coup";
        add_mention_target(std::move(m));
      }
    }
    // An appeal that names no one, in a statement about parties just named ("The United
    // States commends the parties ... The United States urges continued follow-through"),
    // is made to them.
    // "A ceasefire between Israel and Hamas, brokered by Egypt, takes effect": mediation or
    // hosting told by its participle is for the parties of what it qualifies.
    if (k.targets.empty() && root == "04" && passive && c.end < s.end_token &&
        IsWord(toks[c.end], "by")) {
      for (uint32_t j = c.anchor; j > first && j + 12 > c.anchor; --j) {
        if (IsHardBoundary(toks[j - 1])) break;
        if (!IsWord(toks[j - 1], "between") || j >= c.anchor) continue;
        uint32_t at = IsWord(toks[j], "the") ? j + 1 : j;
        int m = at < c.anchor ? sc->mention_at[at - first] : -1;
        std::vector<int> sides = m >= 0 ? Coordinated(m, /*backward=*/false, s, *sc)
                                        : std::vector<int>{};
        for (int side : sides.size() >= 2 ? Expand(sides, *sc) : std::vector<int>{}) {
          Mention party = sc->mentions[side];
          party.via = "act";
          add_mention_target(std::move(party));
        }
        break;
      }
    }
    // "speaks by telephone with Putin and urges de-escalation": the party spoken with.
    // "apologised to Moscow ... and offered to pay compensation": the party apologised to.
    if (k.targets.empty() && (root == "02" || root == "03")) {
      for (const Coded& talk : coded) {
        const std::string& before = talk.c->pattern->code->root;
        if ((before == "04" || (before == "05" && root == "03")) && !talk.targets.empty() &&
            talk.c->anchor < c.anchor && talk.sources == k.sources) {
          k.targets = talk.targets;
        }
      }
    }
    if (k.targets.empty() && root == "02") {
      bool named_after = false;
      for (uint32_t j = c.anchor + 1; j < s.end_token && !named_after; ++j) {
        named_after = sc->mention_at[j - first] >= 0;
      }
      const std::vector<Mention>& parties = sc->discourse.RecentParties();
      bool outsider = parties.size() >= 2 &&
                      !PartiesElsewhere(s, parties, sc->mentions.size(), *sc);
      for (const Mention& p : parties) outsider &= !SameActor(p, sc->mentions[source]);
      if (!named_after && outsider) {
        for (Mention p : parties) {
          p.first = c.anchor;
          p.end = c.end;
          p.via = "parties";
          add_mention_target(std::move(p));
        }
      }
    }
    // "imposed its own sanctions on ten European individuals", "tariffs on $16 billion of
    // American goods", "designated Vladimir Plahotniuc, a Moldovan oligarch": sanctions on
    // the people or goods of a state are aimed at it; "in response to Russia's invasion":
    // at the state answered.
    if (k.targets.empty() && c.pattern->code->code == "163") {
      for (uint32_t j = c.anchor + 1; j < s.end_token && j < c.end + 14 && k.targets.empty();
           ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == ";") break;
        int m = sc->mention_at[j - first];
        if (m < 0 || sc->mentions[m].first != j) continue;
        const Mention& named = sc->mentions[m];
        bool answered = j >= first + 2 && IsWord(toks[j - 1], "to") &&
                        IsWord(toks[j - 2], "response");
        if ((named.demonym || answered) && !named.person && named.org.empty() &&
            !named.country.empty() && named.country != sc->mentions[source].country) {
          add_mention_target(CountryMention(named.country, "", named.first, named.end, "act"));
        }
      }
    }
    // "M23 rebels seize the town of Walikale in North Kivu", "the TPLF says its fighters have
    // captured the town of Shewa Robit": ground taken is its state's, unless the taker is that
    // state's own forces (who retake it from someone the text may not name).
    if (k.targets.empty() && c.pattern->code->code == "192") {
      bool ground = false;
      for (uint32_t j = c.anchor + 1; j < s.end_token && j < c.end + 6 && !ground; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == ",") break;
        ground = PlaceNouns().contains(toks[j].hash) || IsWord(toks[j], "villages") ||
                 IsWord(toks[j], "base") || IsWord(toks[j], "bases") ||
                 IsWord(toks[j], "airport");
      }
      const Mention& taker = sc->mentions[source];
      const bool state_forces = taker.org.empty() && !taker.person &&
                                (taker.sector.empty() || taker.sector == "GOV" ||
                                 taker.sector == "MIL" || taker.sector == "COP");
      // The place named in the ground taken, else rebels take ground in their own state.
      std::string country;
      for (uint32_t j = c.anchor + 1; ground && j < s.end_token && j < c.end + 10; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == "," || HelpedWith(toks, j, s.end_token)) {
          break;
        }
        int m = sc->mention_at[j - first];
        if (m >= 0 && !sc->mentions[m].person && sc->mentions[m].org.empty() &&
            !sc->mentions[m].country.empty()) {
          country = sc->mentions[m].country;
          break;
        }
      }
      if (ground && country.empty() && !state_forces && !taker.person) country = taker.country;
      const bool own = state_forces && taker.country == country;
      if (!country.empty() && !taker.country.empty() && !own) {
        add_mention_target(CountryMention(country, "", c.anchor, c.end, "place"));
      }
    }
    // "concerned about the heavy fighting ... along the border between Kyrgyzstan and
    // Tajikistan", "concern at the deaths of protesters in Bolivia": concern at violence is
    // aimed at its parties, or at the state where it happens.
    // "regret at the adoption by the Parliament of Georgia of the law": at the doer of the
    // act deplored.
    if (k.targets.empty() &&
        (c.pattern->code->code == "012" || c.pattern->code->code == "055")) {
      for (uint32_t j = c.end + 1; j + 1 < s.end_token && j < c.end + 6; ++j) {
        if (IsHardBoundary(toks[j]) || tagger_->IsVerb(sc->tags[j - first])) break;
        if (!IsWord(toks[j], "by") || !tagger_->IsNoun(sc->tags[j - 1 - first])) continue;
        uint32_t at = IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
        int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (m >= 0 && sc->mentions[m].actor &&
            !SameActor(sc->mentions[m], sc->mentions[source])) {
          Mention doer = sc->mentions[m];
          doer.via = "act";
          add_mention_target(std::move(doer));
        }
        break;
      }
    }
    if (k.targets.empty() && c.pattern->code->code == "012") {
      bool violence = false;
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 16 && k.targets.empty(); ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == ";") break;
        violence |= ViolenceNouns().contains(toks[j].hash) ||
                    AttackNouns().contains(toks[j].hash) || IsWord(toks[j], "deaths") ||
                    IsWord(toks[j], "fighting") || IsWord(toks[j], "clashes") ||
                    IsWord(toks[j], "hostilities");
        if (!violence) continue;
        uint32_t at = j + 1;
        if (at < s.end_token && IsWord(toks[at], "the")) ++at;
        int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (m < 0 || !sc->mentions[m].actor || SameActor(sc->mentions[m], sc->mentions[source])) {
          continue;
        }
        if (IsWord(toks[j], "between")) {
          std::vector<int> sides = Coordinated(m, /*backward=*/false, s, *sc);
          for (int side : sides.size() >= 2 ? Expand(sides, *sc) : std::vector<int>{}) {
            Mention party = sc->mentions[side];
            party.via = "act";
            add_mention_target(std::move(party));
          }
        } else if (IsWord(toks[j], "in") && sc->mentions[m].sector.empty() &&
                   !sc->mentions[m].person && sc->mentions[m].org.empty() &&
                   !sc->mentions[m].country.empty()) {
          Mention where = sc->mentions[m];
          where.via = "act";
          add_mention_target(std::move(where));
        } else if (IsWord(toks[j], "of") && !sc->mentions[m].country.empty() &&
                   (sc->mentions[m].sector == "CVL" || sc->mentions[m].sector == "OPP")) {
          // "the deaths of protesters in Bolivia": the state where its people die.
          add_mention_target(CountryMention(sc->mentions[m].country, "", sc->mentions[m].first,
                                            sc->mentions[m].end, "act"));
        }
      }
    }
    // "warned that the PLA would take resolute measures to curb Taiwan independence": the
    // warner's own forces are who would act; the threat is aimed at the party named after.
    if (c.pattern->code->root == "13" && k.targets.size() == 1 && !k.sources.empty()) {
      const Mention& own = sc->mentions[k.targets[0]];
      const Mention& by = sc->mentions[k.sources[0]];
      if (!own.country.empty() && own.country == by.country && own.first > first &&
          (IsWord(toks[own.first - 1], "that") ||
           (own.first > first + 1 && IsWord(toks[own.first - 2], "that")))) {
        k.targets.clear();
        for (uint32_t j = own.end; j < s.end_token && k.targets.empty(); ++j) {
          int m = sc->mention_at[j - first];
          if (IsHardBoundary(toks[j])) break;
          if (m >= 0 && sc->mentions[m].actor && !sc->mentions[m].country.empty() &&
              sc->mentions[m].country != by.country) {
            k.targets = {m};
          }
        }
      }
    }
    // "recalls the Colombian ambassador in Caracas", "its ambassador to Moscow": a recall is
    // aimed at the state the envoy is posted to.
    if (k.targets.empty() && c.pattern->code->root == "16") {
      for (uint32_t j = c.anchor + 1; j + 2 < s.end_token && j < c.end + 2; ++j) {
        if (!(IsWord(toks[j], "ambassador") || IsWord(toks[j], "envoy")) ||
            !(IsWord(toks[j + 1], "in") || IsWord(toks[j + 1], "to"))) {
          continue;
        }
        uint32_t at = j + 2, end = 0;
        int m = sc->mention_at[at - first];
        std::string posted = m >= 0 && sc->mentions[m].first == at ? sc->mentions[m].country : "";
        if (posted.empty()) {
          if (const Place* p = places_->MatchAt(toks, at, s.end_token, &end)) posted = p->country;
        }
        if (!posted.empty() && posted != sc->mentions[source].country) {
          add_mention_target(CountryMention(posted, "", c.anchor, c.end, "posting"));
        }
        break;
      }
    }
    // "extends his deepest condolences to the families of the victims and to the Governments
    // and people of South Africa, Malawi and Uruguay": whom they go to, further on.
    if (k.targets.empty() && (c.pattern->code->code == "018" || c.pattern->code->code == "017")) {
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 20; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        int m = sc->mention_at[j - first];
        if (m < 0 || !sc->mentions[m].actor || sc->mentions[m].person) continue;
        // (Not the doer of the act mourned: "for the attack carried out by Hamas".)
        if (j > first && IsWord(toks[j - 1], "by")) break;
        if (!SameActor(sc->mentions[m], sc->mentions[source])) {
          k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
        }
        break;
      }
    }
    // "offered his condolences for the victims of the train collision in Odisha state": the
    // country the victims' place is in.
    if (k.targets.empty() && (c.pattern->code->code == "018" || c.pattern->code->code == "017")) {
      std::string where = PlaceCountryAfter(s, c.end, *sc);
      if (!where.empty() && where != sc->mentions[source].country) {
        add_mention_target(CountryMention(where, "", c.anchor, c.end, "victims' place"));
      }
    }
    // Condolences or mourning "for the victims of this senseless attack": the people of the
    // country where the attack just reported or condemned happened.
    if (k.targets.empty() && (c.pattern->code->code == "018" || c.pattern->code->code == "017")) {
      const auto& past = sc->discourse.events();
      for (auto it = past.rbegin(); it != past.rend(); ++it) {
        const std::string& r = it->cameo;
        bool violence = r.compare(0, 2, "18") == 0 || r.compare(0, 2, "19") == 0 ||
                        r.compare(0, 2, "20") == 0 || r.compare(0, 2, "11") == 0;
        if (!violence) continue;
        const std::string& where = !it->location_country.empty() ? it->location_country
                                   : r.compare(0, 2, "11") != 0   ? it->target_country
                                                                  : std::string();
        if (!where.empty() && where != sc->mentions[source].country) {
          add_mention_target(CountryMention(where, "", c.anchor, c.end, "victims"));
        }
        break;
      }
    }
    // "offered his deepest condolences for the lives lost in the floods that have submerged a
    // third of Pakistan": the one other country the rest of the sentence names.
    if (k.targets.empty() && (c.pattern->code->code == "018" || c.pattern->code->code == "017")) {
      std::string other;
      bool several = false;
      for (uint32_t j = c.end; j < s.end_token; ++j) {
        int m = sc->mention_at[j - first];
        if (m < 0 || sc->mentions[m].person || sc->mentions[m].country.empty() ||
            sc->mentions[m].country == sc->mentions[source].country) {
          continue;
        }
        // (Not the doer: "for the terrorist attack carried out by Hamas".)
        uint32_t b = sc->mentions[m].first;
        if (b > first && IsWord(toks[b - 1], "the")) --b;
        if (b > first && IsWord(toks[b - 1], "by")) continue;
        several |= !other.empty() && other != sc->mentions[m].country;
        other = sc->mentions[m].country;
      }
      if (!other.empty() && !several) {
        add_mention_target(CountryMention(other, "", c.anchor, c.end, "victims' country"));
      }
    }
    // "hosts a summit on security in Nigeria, attended by the presidents of Nigeria, Cameroon
    // and Chad and by representatives of the United States": the host receives each guest.
    // "hosted a meeting in Aqaba of senior Israeli, Palestinian and Egyptian officials": the
    // meeting's members.
    if (k.targets.empty() && c.pattern->code->code == "043") {
      for (uint32_t j = c.end; j + 2 < s.end_token; ++j) {
        bool meeting = false;  // "a meeting in Aqaba of": the gathering, a few words back
        for (uint32_t b = j; b > c.anchor && b + 4 > j; --b) {
          meeting |= IsWord(toks[b], "meeting") || IsWord(toks[b], "summit") ||
                     IsWord(toks[b], "conference");
        }
        bool of = meeting && IsWord(toks[j + 1], "of") && j < c.end + 6;
        bool by = IsWord(toks[j + 1], "by") &&
                  (IsWord(toks[j], "attended") || IsWord(toks[j], "joined") ||
                   IsWord(toks[j], "and"));
        if (!of && !by) continue;
        if (IsWord(toks[j], "and") && k.targets.empty()) continue;  // only a second list
        // Over "representatives of the", "the leaders of".
        uint32_t at = j + 2;
        while (at < s.end_token && at < j + 6 && sc->mention_at[at - first] < 0 &&
               toks[at].is(kWord) && !toks[at].is(kCapitalized)) {
          ++at;
        }
        int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (m < 0 || !sc->mentions[m].actor) break;
        std::vector<int> guests = Expand(Coordinated(m, false, s, *sc), *sc);
        for (int g : guests) {
          if (!SameActor(sc->mentions[g], sc->mentions[source])) k.targets.push_back(g);
        }
        j = sc->mentions[guests.empty() ? m : guests.back()].end - 1;
      }
    }
    // "suspends all imports of seafood and other aquatic products from Japan": the trade cut
    // is with the country its goods come from or go to.
    if (k.targets.empty() && c.pattern->code->root == "16") {
      bool trade = false;
      for (uint32_t j = c.anchor; j < c.end; ++j) {
        trade |= IsWord(toks[j], "imports") || IsWord(toks[j], "import") ||
                 IsWord(toks[j], "exports") || IsWord(toks[j], "export");
      }
      for (uint32_t j = c.end; trade && j + 1 < s.end_token && j < c.end + 12; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == ",") break;
        int m = sc->mention_at[j + 1 - first];
        if ((IsWord(toks[j], "from") || IsWord(toks[j], "to")) && m >= 0 &&
            sc->mentions[m].actor && !sc->mentions[m].country.empty() &&
            sc->mentions[m].country != sc->mentions[source].country) {
          k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
          break;
        }
      }
    }
    // "Prime Minister Mahinda Rajapaksa resigned": a leader who steps down with no one named
    // yields to the country's own people.
    // (Not in a clause of time or condition, "until he leaves office", nor "in protest".)
    if (k.targets.empty() && c.pattern->code->code == "0831") {
      const Mention& by = sc->mentions[source];
      static const WordSet when(std::array{"until", "before", "after", "unless", "if", "when"});
      bool aside = by.first > first && when.contains(toks[by.first - 1].hash);
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 4; ++j) {
        aside |= IsWord(toks[j], "in") && IsWord(toks[j + 1], "protest");
      }
      // (An office just left reads as a former one: "ELI".)
      if (!aside && !by.country.empty() && by.org.empty() &&
          (by.sector == "GOV" || by.sector == "ELI")) {
        add_mention_target(CountryMention(by.country, "CVL", c.anchor, c.end, "domestic"));
      }
    }
    // "the district administration imposes a curfew on the city", "declared a state of
    // emergency", "suspended mobile internet": a curfew, an emergency rule or a curb on
    // freedoms is imposed on the country's own people.
    if (k.targets.empty() &&
        (c.pattern->code->code == "1721" || c.pattern->code->code == "1723" ||
         c.pattern->code->code == "1724")) {
      const Mention& by = sc->mentions[source];
      if (!by.country.empty() && by.org.empty() &&
          (by.sector.empty() || by.sector == "GOV" || by.sector == "MIL" ||
           by.sector == "COP")) {
        add_mention_target(CountryMention(by.country, "CVL", c.anchor, c.end, "domestic"));
      }
    }
    // "warns that the decision will have serious consequences for relations between Russia
    // and Estonia": a threat to the relationship, aimed at the other side of it.
    if (k.targets.empty() && root == "13") {
      for (uint32_t j = c.end; j + 3 < s.end_token && j < c.end + 25; ++j) {
        if (IsHardBoundary(toks[j])) break;
        if (!(IsWord(toks[j], "relations") || IsWord(toks[j], "relationship") ||
              IsWord(toks[j], "ties")) ||
            !IsWord(toks[j + 1], "between")) {
          continue;
        }
        uint32_t at = j + 2 < s.end_token && IsWord(toks[j + 2], "the") ? j + 3 : j + 2;
        int a = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (a < 0) break;
        std::vector<int> sides = Coordinated(a, false, s, *sc);
        if (sides.size() != 2) break;
        const std::string& own = sc->mentions[source].country;
        int other = sc->mentions[sides[0]].country == own   ? sides[1]
                    : sc->mentions[sides[1]].country == own ? sides[0]
                                                            : -1;
        if (other >= 0) {
          k.targets.push_back(other);
          if (c.pattern->code->code == "130") {
            k.recode = cameo_->Find("1313");
            k.recode_rule = " + builtin:relations-at-stake";
          }
        }
        break;
      }
    }
    // "Russian paratroopers began arriving in Kazakhstan": forces that arrive are deployed;
    // only people visit.
    if (c.pattern->code->code == "042" && sc->mentions[source].sector == "MIL" &&
        !sc->mentions[source].person) {
      drop(c, "forces arriving are deployed, not visiting", k.modality);
      continue;
    }
    // "Germany and France each expel four Russian diplomats, while Lithuania expels three":
    // a later act of the same kind whose object is left out (a count, "each", or nothing)
    // is aimed where the first one was.
    if (k.targets.empty() && !IsMutualCode(c.pattern->code->code)) {
      uint32_t j = c.end;
      bool elided = j >= s.end_token || IsHardBoundary(toks[j]) || toks[j].text == "," ||
                    IsWord(toks[j], "each") || IsWord(toks[j], "too") || IsWord(toks[j], "and") ||
                    tagger_->Name(sc->tags[j - first]) == "CD";
      if (elided && j < s.end_token && tagger_->Name(sc->tags[j - first]) == "CD" &&
          j + 1 < s.end_token && tagger_->IsNoun(sc->tags[j + 1 - first])) {
        elided = false;  // "expels three diplomats": an object of its own
      }
      for (const Coded& a : coded) {
        if (!elided || a.dropped || a.targets.empty() || a.c->anchor >= c.anchor ||
            sc->lex[a.c->anchor - first].lemma_hash != sc->lex[c.anchor - first].lemma_hash) {
          continue;
        }
        k.targets = a.targets;
        if (a.c->pattern->code != c.pattern->code) {
          k.recode = a.recode ? a.recode : a.c->pattern->code;
          k.recode_rule = " + builtin:object-elided";
        }
        break;
      }
    }
    // No target, though the text has one: an act aimed at parties it does not name
    // ("commended the parties", "urged all sides") is dropped rather than coded half.
    // A plain statement with no addressee (010) says nothing an analyst can count.
    if (k.targets.empty() && !IsMutualCode(c.pattern->code->code)) {
      if (c.pattern->code->code == "010") {
        drop(c, "a statement to no one in particular", k.modality);
        continue;
      }
    }
    // "the leaders agreed on the importance of the G7 taking a unified approach": a view
    // shared, whatever it names.
    if (sc->lex[c.anchor - first].lemma_hash == HashLower("agree") && c.end + 1 < s.end_token &&
        IsWord(toks[c.end], "the") &&
        (IsWord(toks[c.end + 1], "importance") || IsWord(toks[c.end + 1], "need") ||
         IsWord(toks[c.end + 1], "necessity"))) {
      drop(c, "a view shared, said to no one in particular", k.modality);
      continue;
    }
    // "The two leaders agreed that the relationship should be raised": a view shared, said
    // to no one else, is a comment (its content, when an act, is coded on its own).
    if (k.targets.empty() && c.pattern->code->code == "019" && IsWord(toks[c.end - 1], "that")) {
      drop(c, "a view shared, said to no one in particular", k.modality);
      continue;
    }
    if (k.targets.empty() && !IsMutualCode(c.pattern->code->code)) {
      uint32_t j = c.end;
      while (j < s.end_token && j < c.end + 4 &&
             (tagger_->Name(sc->tags[j - first]) == "DT" ||
              tagger_->Name(sc->tags[j - first]) == "CD" ||
              tagger_->IsAdjective(sc->tags[j - first]) || IsWord(toks[j], "both") ||
              TargetPrepositions().contains(toks[j].hash))) {
        ++j;
      }
      bool unnamed = j < s.end_token && sc->mention_at[j - first] < 0 &&
                     UnnamedParties().contains(toks[j].hash);
      // An object pronoun inside the match that no actor resolved ("accused him of"); a
      // judgement's object named by a name the dictionary lacks ("calls army chief Abdel
      // Fattah al-Burhan a criminal").
      const bool judgement = root == "11" || root == "12";
      for (uint32_t i = c.anchor + 1; i < c.end && !unnamed; ++i) {
        unnamed = sc->mention_at[i - first] < 0 &&
                  (ObjectPronouns().contains(toks[i].hash) ||
                   (judgement && toks[i].is(kCapitalized) &&
                    tagger_->Name(sc->tags[i - first]) == "NNP" &&
                    !Months().contains(toks[i].hash) && !Weekdays().contains(toks[i].hash)));
      }
      // "called on the international community to work together to hold North Korea
      // accountable": an appeal to others to act against a party rallies opposition to it.
      if (root == "02") {
        int against = RallyTarget(c, s, *sc, source);
        const CameoCode* rally = against >= 0 ? cameo_->Find("113") : nullptr;
        if (rally) {
          k.targets = Expand(Coordinated(against, false, s, *sc), *sc);
          k.recode = rally;
          k.recode_rule = " + builtin:rally";
          unnamed = false;
        }
      }
      // "All actors must exercise maximum restraint", "called on all sides to ...": an
      // appeal to parties no one names is aimed at the country where they are, the one the
      // sentence places it in or the title names.
      bool others = false;  // "called on Member States to contribute": not the parties
      for (uint32_t i = c.anchor + 1; i < s.end_token && i < c.end + 4 && !others; ++i) {
        others = ThirdParties().contains(toks[i].hash);
      }
      // "called on the Mission to establish": a party named by a name the dictionary lacks.
      uint32_t next = c.end < s.end_token && IsWord(toks[c.end], "the") ? c.end + 1 : c.end;
      others |= next < s.end_token && toks[next].is(kCapitalized) &&
                sc->mention_at[next - first] < 0;
      if (root == "02" && k.targets.empty() && !others) {
        std::string scene = SentenceCountry(s, *sc);
        if (scene.empty()) scene = sc->title_country;
        if (!scene.empty() && scene != sc->mentions[source].country) {
          add_mention_target(CountryMention(scene, "", c.anchor, c.end, "scene"));
          unnamed = false;
        }
      }
      // ("provide £10 million to humanitarian partners working in Syria": aid to those of a
      // place, read below.)
      if (unnamed && (root == "07" || c.pattern->code->code.starts_with("033")) &&
          !PlaceCountryAfter(s, j + 1, *sc).empty()) {
        unnamed = false;
      }
      if (unnamed) {
        drop(c, "aimed at parties the text does not name", k.modality);
        continue;
      }
    }
    // A target the text implies but names by no dictionary entry: a country's place or its
    // people ("killed 19 civilians in X"), kept as a mention over the event words.
    auto add_target = [&](const std::string& country, std::string_view sector,
                          const std::string& name, const char* via) {
      Mention m = CountryMention(country, sector, c.anchor, c.end, via);
      m.name = name;
      add_mention_target(std::move(m));
    };
    // "launched an investigation into abuses by Ethiopian forces", "an inquiry into Russia's
    // war crimes": what is investigated is the doing of whoever it names as the doer.
    if (k.targets.empty() && root == "09" && !k.sources.empty()) {
      for (uint32_t j = c.anchor + 1; j + 1 < s.end_token && j < c.end + 6; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == ",") break;
        int m = sc->mention_at[j - first];
        bool doer = j >= c.end ? IsWord(toks[j - 1], "by")
                               : m >= 0 && sc->mentions[m].end < s.end_token &&
                                     IsWord(toks[sc->mentions[m].end], "'s");
        if (m >= 0 && doer && sc->mentions[m].actor &&
            !SameActor(sc->mentions[m], sc->mentions[k.sources[0]])) {
          k.targets.push_back(m);
          break;
        }
      }
    }
    // "pledged $5 billion of investment in Pakistan", "invest 35 billion dollars in Egypt":
    // money invested in a country goes to it.
    if (k.targets.empty() && (root == "03" || root == "06") && !k.sources.empty()) {
      constexpr uint64_t kInvest = HashLower("invest");
      bool invest = false;
      for (uint32_t j = c.anchor; j < c.end && !invest; ++j) {
        invest = sc->lex[j - first].lemma_hash == kInvest ||
                 IsWord(toks[j], "investment") || IsWord(toks[j], "investments");
      }
      uint32_t in = IsWord(toks[c.end - 1], "in") ? c.end - 1 : c.end;
      int m = invest && in + 1 < s.end_token && IsWord(toks[in], "in")
                  ? sc->mention_at[in + 1 - first]
                  : -1;
      if (m >= 0 && sc->mentions[m].sector.empty() && !sc->mentions[m].country.empty() &&
          !SameActor(sc->mentions[m], sc->mentions[k.sources[0]])) {
        k.targets.push_back(m);
      }
    }
    // "announced a three-day ceasefire in Ukraine": a truce declared in another country is
    // towards it.
    if (k.targets.empty() && c.pattern->code->code == "0871" && k.sources.size() == 1) {
      Event where;
      Locate(s, c.anchor, c.end, *sc, doc.text, &where);
      const Mention& declarer = sc->mentions[k.sources[0]];
      if (!where.location_country.empty() && !declarer.country.empty() &&
          where.location_country != declarer.country) {
        add_target(where.location_country, "", where.location_place, "location");
      }
    }
    // "travels to Paris to meet Macron and then to Warsaw": a journey's later stops are
    // visits too.
    if (c.pattern->code->code == "042" && !k.targets.empty()) {
      const Mention& visitor = sc->mentions[k.sources[0]];
      for (uint32_t j = c.end; j + 2 < s.end_token && j < c.end + 25; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        if (!IsWord(toks[j], "and")) continue;
        uint32_t at = j + 1;
        if (IsWord(toks[at], "then") || IsWord(toks[at], "later")) ++at;
        if (at + 1 >= s.end_token || !IsWord(toks[at], "to")) continue;
        ++at;
        int m = sc->mention_at[at - first];
        uint32_t end = 0;
        const Place* p = m < 0 && toks[at].is(kCapitalized)
                             ? places_->MatchAt(toks, at, s.end_token, &end)
                             : nullptr;
        std::string country = m >= 0 ? sc->mentions[m].country : p ? p->country : "";
        bool known = false;
        for (int t : k.targets) known |= sc->mentions[t].country == country;
        if (!country.empty() && !known && country != visitor.country) {
          add_target(country, "", m >= 0 ? sc->mentions[m].name : p->name, "later stop");
        }
      }
    }
    // A visit to a city the gazetteer knows is a visit to its country ("visits Jeddah",
    // "arrived in Mombasa"), when that is not the visitor's own.
    if (k.targets.empty() && c.pattern->code->code == "042") {
      uint32_t at = c.end;
      if (at < s.end_token && (IsWord(toks[at], "to") || IsWord(toks[at], "in"))) ++at;
      uint32_t end = 0;
      const Place* p = at < s.end_token && toks[at].is(kCapitalized)
                           ? places_->MatchAt(toks, at, s.end_token, &end)
                           : nullptr;
      const Mention& visitor = sc->mentions[k.sources[0]];
      if (p && !p->country.empty() && p->country != visitor.country) {
        add_target(p->country, "", p->name, "place visited");
      }
    }
    // An attack, a fight or a seizure with no named target is aimed at the country where it
    // happens ("Russia captures the village of Arkhanhelske in Donetsk Oblast"), when that
    // is not the attacker's own.
    // "recaptured the town of Harardhere from al-Shabaab": taken from its holder.
    if (k.targets.empty() && (root == "18" || root == "19" || root == "20" || root == "17")) {
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 10; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == "," ||
            Subordinators().contains(toks[j].hash) || Relativizers().contains(toks[j].hash) ||
            HelpedWith(toks, j, s.end_token) > 0) {  // ("with help from Jordan": a helper)
          break;
        }
        if (!IsWord(toks[j], "from")) continue;
        uint32_t at = j + 1;
        if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
        int m = sc->mention_at[at - first];
        if (m >= 0 && sc->mentions[m].first == at && !sc->mentions[m].capital &&
            !SameActor(sc->mentions[m], sc->mentions[k.sources[0]])) {
          k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
        }
        break;
      }
    }
    // "seized a British-owned cargo ship": what an act hits belongs to the country its
    // owner's or flag's prefix names. "supporting this African Union-led process", "welcomed
    // the Qatari-mediated deal": support, praise or blame of what a party leads, brokers or
    // drafts is aimed at that party. What a party backs ("Russian-backed separatists") is
    // another actor.
    if (k.targets.empty()) {
      for (uint32_t j = c.anchor + 1; j < s.end_token && j < c.end + 5; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        std::string_view w = toks[j].text;
        size_t dash = w.rfind('-');
        if (dash == std::string_view::npos || dash == 0) continue;
        std::string_view suffix = w.substr(dash + 1);
        bool owner = suffix == "owned" || suffix == "flagged" || suffix == "registered" ||
                     suffix == "operated";
        // Support, praise, blame or rejection of it; agreeing to a "European Union-brokered
        // plan" is no act towards the broker.
        bool judged = root == "05" || root == "11" || root == "12" ||
                      c.pattern->code->code == "032";
        bool sponsor = judged && (suffix == "led" || suffix == "brokered" ||
                                  suffix == "mediated" || suffix == "facilitated" ||
                                  suffix == "drafted" || suffix == "proposed");
        if (!owner && !sponsor) continue;
        // The prefix with up to two words before it ("African Union-led"), longest first.
        for (uint32_t back = 3; back-- > 0;) {
          if (j - back <= c.anchor) continue;
          const char* from = toks[j - back].text.data();
          std::vector<Token> prefix;
          Tokenize(std::string_view(from, static_cast<size_t>(w.data() + dash - from)), &prefix);
          std::vector<ActorMatch> found;
          actors_->Match(prefix, 0, static_cast<uint32_t>(prefix.size()), &found);
          bool whole = found.size() == 1 && found[0].first == 0 &&
                       found[0].end == prefix.size();
          ActorKind kind = whole ? found[0].entry->kind : ActorKind::kPlace;
          if (whole && (kind == ActorKind::kAdjective || kind == ActorKind::kCountry ||
                        (sponsor && kind == ActorKind::kOrganisation))) {
            Mention m = MakeMention(found[0], pub, false);
            if (!m.code.empty() && !SameActor(m, sc->mentions[k.sources[0]])) {
              m.first = c.anchor;
              m.end = c.end;
              m.actor = true;
              m.via = owner ? "owner" : "sponsor";
              add_mention_target(std::move(m));
            }
            break;
          }
        }
        break;
      }
    }
    // "staged large-scale drills around Taiwan": a show of force is aimed at whom it
    // surrounds or nears.
    if (k.targets.empty() && root == "15") {
      for (uint32_t j = c.anchor + 1; j + 1 < s.end_token && j < c.end + 6; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        if (!(IsWord(toks[j], "around") || IsWord(toks[j], "near") || IsWord(toks[j], "off") ||
              IsWord(toks[j], "surrounding") || IsWord(toks[j], "encircling"))) {
          continue;
        }
        uint32_t at = j + 1, end = 0;
        if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
        if (at + 2 < s.end_token && PlaceNouns().contains(toks[at].hash) &&
            IsWord(toks[at + 1], "of")) {
          at += 2;  // "off the coast of Japan"
        }
        int m = sc->mention_at[at - first];
        if (m >= 0 && sc->mentions[m].first == at &&
            !SameActor(sc->mentions[m], sc->mentions[k.sources[0]])) {
          k.targets = {m};
        } else if (const Place* p = places_->MatchAt(toks, at, s.end_token, &end);
                   p && p->country != sc->mentions[k.sources[0]].country) {
          add_target(p->country, "", p->name, "location");
        }
        break;
      }
      // "massed troops on the Ukrainian border", "along its border with Venezuela", "the
      // Ukrainian border, where Russia has massed": the country across the border.
      bool where = false;
      for (uint32_t j = c.anchor; k.targets.empty() && j > first && j + 12 > c.anchor; --j) {
        where |= IsWord(toks[j], "where");
        if (IsWord(toks[j - 1], "border") && where) {
          BorderTarget(s, j - 1, *sc, k.sources[0], &k.targets);
        }
      }
      for (uint32_t j = c.end; k.targets.empty() && j < s.end_token && j < c.end + 8; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        // ("reinforce their frontiers with Belarus")
        if (IsWord(toks[j], "border") || IsWord(toks[j], "borders") ||
            IsWord(toks[j], "frontier") || IsWord(toks[j], "frontiers")) {
          BorderTarget(s, j, *sc, k.sources[0], &k.targets);
        }
        // "mobilises reservists against what he calls a Russian invasion": whom it is against.
        for (uint32_t x = j + 1; IsWord(toks[j], "against") && x < s.end_token && x < j + 7;
             ++x) {
          int m = sc->mention_at[x - first];
          // (Past the side's own: "against what he calls a Russian invasion".)
          if (m < 0 || sc->mentions[m].country == sc->mentions[k.sources[0]].country) continue;
          if (sc->mentions[m].actor && !sc->mentions[m].country.empty()) k.targets = {m};
          break;
        }
      }
    }
    // "calling up two reserve brigades for operations in the Gaza Strip": force shown in
    // another country's land is aimed at it.
    if (k.targets.empty() && root == "15") {
      std::string in = PlaceCountryAfter(s, c.end, *sc);
      if (!in.empty() && in != sc->mentions[k.sources[0]].country) {
        add_target(in, "", "", "location");
      }
    }
    // "China began drills around Taiwan ... Taiwan put its forces on alert", "Pakistan placed
    // its forces on high alert" while at odds with India: a show of force that names no one
    // is aimed at the side's opponent in the fight told, else at whoever last acted against
    // it.
    if (k.targets.empty() && root == "15" && !sc->mentions[k.sources[0]].country.empty()) {
      const std::string& own = sc->mentions[k.sources[0]].country;
      std::string other = sc->discourse.Opponent(own, 4);
      const auto& past = sc->discourse.events();
      for (auto it = past.rbegin(); other.empty() && it != past.rend() &&
                                    sc->discourse.Within(*it, 3) && sc->discourse.SameStory(*it);
           ++it) {
        std::string_view r = std::string_view(it->cameo).substr(0, 2);
        if (r >= "13" && it->target_country == own && !it->source_country.empty() &&
            it->source_country != own) {
          other = it->source_country;
        }
      }
      if (!other.empty()) add_target(other, "", "", "opponent");
    }
    // "withdrew its troops from Kherson": a pullback from a place is towards the country it
    // is in, when that is not the withdrawing side's own. So is one agreed or promised
    // ("agreed to withdraw its troops from Tigray").
    if (k.targets.empty() &&
        (c.pattern->code->code == "0874" || c.pattern->code->code == "0356")) {
      for (uint32_t j = c.anchor + 1; j + 1 < s.end_token && j < c.end + 6; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        if (!IsWord(toks[j], "from")) continue;
        uint32_t at = j + 1, end = 0;
        if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
        if (at + 2 < s.end_token && PlaceNouns().contains(toks[at].hash) &&
            IsWord(toks[at + 1], "of")) {
          at += 2;  // "the city of Kherson"
        }
        const Place* p = places_->MatchAt(toks, at, s.end_token, &end);
        if (p && p->country != sc->mentions[k.sources[0]].country) {
          add_target(p->country, "", p->name, "location");
        }
        break;
      }
    }
    bool among_sources = IsMutualCode(c.pattern->code->code) && k.sources.size() >= 2;
    // "The United States, the United Kingdom and France carry out joint air and missile strikes
    // against three sites near Damascus": force used together is aimed at a third party.
    for (uint32_t j = c.anchor; j < s.end_token && j <= c.end && among_sources; ++j) {
      among_sources = !(IsWord(toks[j], "joint") || IsWord(toks[j], "jointly") ||
                        IsWord(toks[j], "combined") ||
                        (j == c.end && (IsWord(toks[j], "against") || IsWord(toks[j], "on"))));
    }
    // (A threat of force too: "threatened to strike weapons depots in Ukraine".)
    const bool force_threat = c.pattern->code->code.starts_with("138");
    if (k.targets.empty() && !among_sources &&
        (root == "18" || root == "19" || root == "20" || force_threat)) {
      Event where;
      Locate(s, c.anchor, c.end, *sc, doc.text, &where);
      // The place attacked: "renewed its assault on Mykolaiv", "strikes against Kharkiv".
      // The place taken: "captured Kamanyola", "recaptured the Mykolaiv Airport".
      for (uint32_t j = c.anchor + 1; where.location_country.empty() && j + 1 < s.end_token &&
                                      j <= c.end + 1; ++j) {
        bool on = IsWord(toks[j], "on") || IsWord(toks[j], "against");
        bool object = j == c.end && !passive && !on;
        if (!object && !on) continue;
        uint32_t at = object ? j : j + 1, end = 0;
        if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
        // "the city of Butembo", "the runway of Aleppo airport", "the outskirts of Kharkiv".
        static const WordSet sites(std::array{
            "airport", "runway", "port", "harbour", "harbor", "centre", "center", "heart",
            "suburbs", "suburb", "streets", "outskirts", "headquarters", "airbase", "base"});
        if (at + 2 < s.end_token &&
            (PlaceNouns().contains(toks[at].hash) || sites.contains(toks[at].hash)) &&
            IsWord(toks[at + 1], "of")) {
          at += 2;
        }
        if (const Place* p = places_->MatchAt(toks, at, s.end_token, &end)) {
          where.location_country = p->country;
          where.location_place = p->name;
        }
      }
      // "The plant in Enerhodar catches fire following shelling by Russian troops": a place
      // named earlier in the clause.
      if (where.location_country.empty()) {
        uint32_t opening = s.first_token;  // past a list item's dash
        while (opening < c.anchor && !toks[opening].is(kWord)) ++opening;
        where.location_country = PlaceCountryAfter(s, opening, *sc);
      }
      const Mention& attacker = sc->mentions[k.sources[0]];
      // Victims counted by number ("killed at least 433 people", "killing 19 civilians")
      // are the civilians of the place, or, for an armed group with no place named, of its
      // own country.
      bool victims = false;
      // "Nine people are killed by ...": the victims are the passive's subject.
      for (int64_t j = int64_t{c.anchor} - 1; passive && j >= first && j + 12 > c.anchor; --j) {
        if (IsHardBoundary(toks[j])) break;
        victims |= VictimNouns().contains(toks[j].hash);
      }
      // Or the places of civilians hit: "attacked the South Hospital", "bombardment of
      // civilian areas"; not a camp or school of soldiers ("a military camp").
      for (uint32_t j = c.end; j < s.end_token && j < c.end + 6 && !victims; ++j) {
        std::string_view penn = tagger_->Name(sc->tags[j - first]);
        if (IsWord(toks[j], "military") || IsWord(toks[j], "army") ||
            IsWord(toks[j], "police") || IsWord(toks[j], "training")) {
          break;
        }
        bool site = CivilianSites().contains(toks[j].hash) || IsWord(toks[j], "civilian") ||
                    IsWord(toks[j], "residential");
        if (VictimNouns().contains(toks[j].hash) ||
            (site && c.pattern->code->code != "192")) {  // a village taken is not its people
          victims = true;
        } else if (!(penn == "CD" || penn == "JJ" || penn == "JJS" || penn == "RB" ||
                     penn == "DT" || (penn == "NNP" && sc->mention_at[j - first] < 0) ||
                     IsWord(toks[j], "at") || IsWord(toks[j], "least") ||
                     IsWord(toks[j], "of") || IsWord(toks[j], "on") ||
                     IsWord(toks[j], "against") || QuantityNouns().contains(toks[j].hash))) {
          break;
        }
      }
      bool armed_group = attacker.sector == "REB" || attacker.sector == "INS" ||
                         attacker.sector == "UAF" || attacker.sector == "SEP";
      std::string victims_country = victims ? PlaceCountryAfter(s, c.end, *sc) : "";
      if (victims && victims_country.empty() && armed_group) victims_country = attacker.country;
      // "Maduro's forces killed at least four civilians": a state's soldiers or police, with no
      // war, no place and no other country named, turned on their own people.
      if (victims && victims_country.empty() && !attacker.country.empty() &&
          (attacker.sector == "MIL" || attacker.sector == "COP") && attacker.org.empty() &&
          where.location_country.empty() &&
          sc->discourse.Opponent(attacker.country, 8).empty()) {
        // (Nor a tally of acts told before: "45 people have been killed in total".)
        bool tally = false, foreign = false;
        for (uint32_t j = first; j + 1 < s.end_token; ++j) {
          tally |= (IsWord(toks[j], "in") && IsWord(toks[j + 1], "total")) ||
                     (IsWord(toks[j], "so") && IsWord(toks[j + 1], "far")) ||
                     (IsWord(toks[j], "to") && IsWord(toks[j + 1], "date")) ||
                     IsWord(toks[j], "toll");
        }
        for (const Mention& m : sc->mentions) {
          bool border = m.first >= first + 2 && IsWord(toks[m.first - 1], "with") &&
                        (IsWord(toks[m.first - 2], "border") ||
                         IsWord(toks[m.first - 2], "frontier"));  // "near the border with"
          foreign |= m.first >= first && m.end <= s.end_token && !m.country.empty() &&
                     m.country != attacker.country && !border;
        }
        if (!tally && !foreign) victims_country = attacker.country;
      }
      // "Stuart Ramsay is shot by Russian troops near Kyiv": the one attacked is named,
      // though not known; the place does not stand for them.
      bool named_victim = false;
      for (int64_t j = int64_t{c.anchor} - 1; passive && j > first && j + 4 > c.anchor; --j) {
        if (!BeForms().contains(toks[j].hash)) continue;
        named_victim = toks[j - 1].is(kCapitalized) && sc->mention_at[j - 1 - first] < 0;
        break;
      }
      if (victims && !victims_country.empty()) {
        add_target(victims_country, "CVL", where.location_place, "victims");
      } else if (!named_victim && !where.location_country.empty() &&
                 (where.location_country != attacker.country || armed_group)) {
        // An armed group attacking at home attacks its state: "M23 rebels captured Goma".
        add_target(where.location_country, "", where.location_place, "location");
      } else if (!attacker.country.empty() && attacker.sector != "COP" &&
                 (where.location_country.empty() || where.location_country == attacker.country)) {
        // "Ukrainian forces say they have recaptured the Mykolaiv Airport", "the power plant
        // has been captured by Russian forces": an act of war with no target named is aimed
        // at the other side of the war the document is reporting.
        // ("shot down a Ukrainian airliner leaving Tehran, killing all 176 people aboard": a
        // participle goes on with its clause's act, at the same target.)
        for (auto a = coded.rbegin(); a != coded.rend() && k.targets.empty(); ++a) {
          std::string_view r = std::string_view(a->c->pattern->code->root);
          if (!a->dropped && !a->targets.empty() && a->sources == k.sources &&
              a->c->anchor < c.anchor && sc->tags[c.anchor - first] == vbg_ &&
              (r == "18" || r == "19" || r == "20")) {
            k.targets = a->targets;
          }
        }
        std::string other = sc->discourse.Opponent(attacker.country, 8);
        if (!other.empty() && k.targets.empty()) add_target(other, "", "", "opponent");
      }
      // "... at a military airport in Kabul. ISKP claimed the bombing": an attack claimed with
      // no place named struck where the text is set.
      if (k.targets.empty() && c.claimed && !sc->discourse.Scene().empty()) {
        add_target(sc->discourse.Scene(), "", "", "scene");
      }
    }
    // "as I meet with my fellow defense secretaries in Brussels at NATO": a meeting with
    // people not named, at an organisation, is with it.
    if (k.targets.empty() && root == "04") {
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 12; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        if (!IsWord(toks[j], "at")) continue;
        uint32_t at = IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
        int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (m >= 0 && sc->mentions[m].first == at && !sc->mentions[m].org.empty() &&
            !SameActor(sc->mentions[m], sc->mentions[k.sources[0]])) {
          k.targets = {m};
        }
        break;
      }
    }
    // "authorized deployment of a Multinational Security Support Mission, headed by Kenya,
    // ... to Haiti": a peacekeeping force is sent to where it goes.
    if (k.targets.empty() && c.pattern->code->code == "074") {
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 25; ++j) {
        if (IsHardBoundary(toks[j])) break;
        if (!IsWord(toks[j], "to") && !IsWord(toks[j], "in") && !IsWord(toks[j], "for")) {
          continue;
        }
        uint32_t at = IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
        int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (m >= 0 && sc->mentions[m].first == at && sc->mentions[m].org.empty() &&
            !sc->mentions[m].person && !sc->mentions[m].country.empty() &&
            !SameActor(sc->mentions[m], sc->mentions[k.sources[0]])) {
          k.targets = {m};
          break;
        }
      }
      // Else where the title says it goes ("... Support Mission for Haiti").
      if (k.targets.empty() && !sc->title_country.empty() &&
          sc->title_country != sc->mentions[k.sources[0]].country) {
        add_target(sc->title_country, "", "", "title");
      }
    }
    // "pledge additional humanitarian assistance for the country", "committed £286 million
    // to meet humanitarian needs in Afghanistan": aid goes to the country it is for or in.
    // (Aid given, 07x, or pledged, 033x.)
    auto aid = [](std::string_view code) {
      return code.starts_with("07") || code.starts_with("033");
    };
    if (k.targets.empty() && !k.sources.empty() && aid(c.pattern->code->code)) {
      auto donor = [&](const std::string& country) {
        for (int src : k.sources) {
          if (sc->mentions[src].country == country) return true;
        }
        return false;
      };
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 14; ++j) {
        if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
        if (!IsWord(toks[j], "for") && !IsWord(toks[j], "to") && !IsWord(toks[j], "in")) continue;
        const uint32_t at = IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
        if (at >= s.end_token) break;
        // "the country": the one the last aid in this sentence or the two before went to,
        // else the one country the sentence or the title names (not where a conference
        // on it sits).
        if (IsWord(toks[at], "country") && at == j + 2) {
          std::string aided;
          const auto& past = sc->discourse.events();
          for (auto it = past.rbegin(); it != past.rend() && aided.empty(); ++it) {
            if (sc->discourse.BeforeTopic(*it) || !sc->discourse.Within(*it, 2)) break;
            if (aid(it->cameo)) aided = it->target_country;
          }
          if (aided.empty()) aided = SentenceCountry(s, *sc);
          if (aided.empty()) aided = sc->title_country;
          if (!aided.empty() && !donor(aided)) add_target(aided, "", "", "aided");
          break;
        }
        const int m = sc->mention_at[at - first];
        if (m < 0) continue;
        // ("in Colombia, Ecuador and Peru": each.)
        for (int t : Coordinated(m, /*backward=*/false, s, *sc)) {
          const Mention place = sc->mentions[t];
          if (place.actor && !place.person && place.org.empty() && !place.country.empty() &&
              (place.sector.empty() || place.capital || place.sector == "CVL" ||
               place.sector == "REF") &&
              !donor(place.country)) {
            add_target(place.country, "", place.name, "aided");
          }
        }
        break;
      }
    }
    // "The UK will continue to stand with Ukraine. Last week we announced a further £500
    // million in military support": aid or a pledge naming no one goes on to
    // whom the same actor's last act, in this sentence or the one before, was aimed at.
    if (k.targets.empty() && k.sources.size() == 1 && (root == "03" || root == "07")) {
      const Mention& by = sc->mentions[k.sources[0]];
      const Discourse::PastEvent* last =
          by.country.empty() ? nullptr : sc->discourse.LastWithTarget(by.country, 1);
      bool cooperative = last && (last->cameo.compare(0, 2, "03") == 0 ||
                                  last->cameo.compare(0, 2, "05") == 0 ||
                                  last->cameo.compare(0, 2, "07") == 0 ||
                                  last->cameo.compare(0, 2, "04") == 0);
      if (cooperative && last->target_country != by.country) {
        add_target(last->target_country, "", "", "continued");
      }
    }
    // "rallied outside the French embassy in Niamey", "protested at the embassy of Russia": a
    // protest at a state's mission is aimed at that state.
    for (uint32_t j = c.anchor + 1; k.targets.empty() && root == "14" && j < s.end_token &&
                                    j < c.end + 10;
         ++j) {
      if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash)) break;
      if (!IsWord(toks[j], "embassy") && !IsWord(toks[j], "consulate")) continue;
      int m = sc->mention_at[j - 1 - first];
      if (m < 0 && j + 2 < s.end_token && IsWord(toks[j + 1], "of")) {
        m = sc->mention_at[j + 2 - first];
      }
      const Mention& by = sc->mentions[k.sources[0]];
      if (m >= 0 && !sc->mentions[m].country.empty() && sc->mentions[m].org.empty() &&
          sc->mentions[m].country != by.country) {
        add_target(sc->mentions[m].country, "GOV", "", "mission");
      }
      break;
    }
    // "Thousands of protesters rally outside the government headquarters in Bishkek",
    // "thousands of students march in Istanbul": a people's protest that names no one is
    // aimed at their own government.
    if (k.targets.empty() && root == "14") {
      const Mention& by = sc->mentions[k.sources[0]];
      bool people = by.sector == "CVL" || by.sector == "OPP" || by.sector == "EDU" ||
                    by.sector == "LAB" || by.sector == "REL";  // students, unions, clergy
      if (people && !by.country.empty()) {
        add_target(by.country, "GOV", "", "protested");
      }
    }
    // "Lord Ahmad later met the Grand Imam of al-Azhar": on a visit, whom a visitor meets and
    // the dictionary does not know is of the country visited.
    if (k.targets.empty() && c.pattern->code->code == "040") {
      const Mention& visitor = sc->mentions[k.sources[0]];
      const auto& past = sc->discourse.events();
      for (auto it = past.rbegin(); it != past.rend(); ++it) {
        if (it->cameo == "042" && it->source_code == visitor.code &&
            !it->target_country.empty() && it->target_country != visitor.country) {
          add_target(it->target_country, "", "", "host");
          break;
        }
      }
    }
    // Arrests and detentions of people the dictionary does not name ("arrested 1,500
    // Extinction Rebellion protesters") are aimed at the people of the place, else of the
    // arresting actor's own country: protesters and activists as opposition (OPP),
    // journalists as media (MED), anyone else as civilians (CVL).
    // Political prisoners, dissidents or journalists released ("the release of 222 political
    // prisoners by the Nicaraguan government") are the releasing state's own opposition or
    // media; other people released (hostages, citizens) may be anyone's.
    bool released = c.pattern->code->code == "0841";
    if (k.targets.empty() && (root == "17" || released)) {
      std::string_view sector;
      // The people may be inside the match ("arrest|detain ... protesters"), or after it
      // ("fired tear gas and water cannon at demonstrators", "at protesters in Khartoum": the
      // people named with a country are still read here).
      for (uint32_t j = c.anchor + 1; j < s.end_token && j < c.end + 8 && sector.empty(); ++j) {
        int m = sc->mention_at[j - first];
        if (IsHardBoundary(toks[j]) || toks[j].text == "," ||
            (m >= 0 && sc->mentions[m].actor && sc->mentions[m].via != "place" &&
             DetaineeSector(toks[sc->mentions[m].first]).empty()) ||
            (j >= c.end && tagger_->IsVerb(sc->tags[j - first]))) {
          break;
        }
        sector = DetaineeSector(toks[j]);
        if (IsWord(toks[j], "political") && j + 1 < s.end_token &&
            (IsWord(toks[j + 1], "prisoners") || IsWord(toks[j + 1], "prisoner") ||
             IsWord(toks[j + 1], "detainees"))) {
          sector = "OPP";
        }
        if (released && sector != "OPP" && sector != "MED") sector = {};
      }
      // Or the passive's subject: "dozens of protesters were arrested by the police".
      for (int64_t j = int64_t{c.anchor} - 1; passive && sector.empty() && j >= first &&
                                              j + 8 > c.anchor; --j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == "," || sc->mention_at[j - first] >= 0) break;
        sector = DetaineeSector(toks[j]);
        if (released && sector != "OPP" && sector != "MED") sector = {};
      }
      const Mention actor = sc->mentions[k.sources[0]];  // a copy: add_target moves them
      std::string country = sector.empty() ? "" : PlaceCountryAfter(s, c.end, *sc);
      if (!sector.empty() && country.empty()) country = actor.country;
      if (!country.empty()) add_target(country, sector, "", "detainees");
      // "arrested former Vice President Jorge Glas": someone named, by title and name, whom
      // the dictionary lacks, arrested by a state's police or forces: one of its own.
      uint32_t j = c.end;
      while (j < s.end_token && (IsWord(toks[j], "former") || IsWord(toks[j], "the"))) ++j;
      auto unknown_name = [&](uint32_t at) {  // two capitalised words no mention holds
        return at >= first && at + 1 < s.end_token && toks[at].is(kCapitalized) &&
               toks[at + 1].is(kCapitalized) && sc->mention_at[at - first] < 0 &&
               sc->mention_at[at + 1 - first] < 0;
      };
      bool named = unknown_name(j);
      // The passive's subject: "opposition leader Juan Perez was arrested by the police".
      for (int64_t b = int64_t{c.anchor} - 1; passive && !named && b > first + 1 &&
                                              b + 4 > c.anchor; --b) {
        if (!BeForms().contains(toks[b].hash)) continue;
        named = unknown_name(static_cast<uint32_t>(b - 2));
        break;
      }
      // (Not an expulsion: those expelled are foreigners.)
      if (k.targets.empty() && root == "17" && named && !released && !actor.country.empty() &&
          actor.org.empty() && c.pattern->code->code != "174" &&
          (actor.sector.empty() || actor.sector == "COP" || actor.sector == "MIL" ||
           actor.sector == "GOV" || actor.sector == "JUD")) {
        add_target(actor.country, "CVL", "", "detainee");
      }
    }
    // "provided $300 million in humanitarian assistance to the people of Tigray", "will
    // provide £10 million to humanitarian partners working in north-west Syria": aid to the
    // people or the agencies of a place goes to its country. (Not refugees: they are seldom
    // the place's own.)
    if (k.targets.empty() && (root == "07" || c.pattern->code->code.starts_with("033"))) {
      static const WordSet people(std::array{"people", "civilians", "communities", "families",
                                             "population", "residents", "villagers", "victims",
                                             "survivors"});
      static const WordSet agencies(std::array{"partners", "agencies", "organisations",
                                               "organizations"});
      bool to = false;
      for (uint32_t j = c.end; j + 2 < s.end_token && j < c.end + 12; ++j) {
        if (IsHardBoundary(toks[j]) || sc->mention_at[j - first] >= 0) break;
        to |= IsWord(toks[j], "to") || IsWord(toks[j], "for");
        bool civil = people.contains(toks[j].hash);
        if (!to || !(civil || agencies.contains(toks[j].hash))) continue;
        std::string country;
        if (IsWord(toks[j + 1], "of")) {
          uint32_t at = IsWord(toks[j + 2], "the") ? j + 3 : j + 2;
          int m = at < s.end_token ? sc->mention_at[at - first] : -1;
          uint32_t end = 0;
          const Place* p = m < 0 && at < s.end_token && toks[at].is(kCapitalized)
                               ? places_->MatchAt(toks, at, s.end_token, &end)
                               : nullptr;
          if (m >= 0 && sc->mentions[m].first == at && !sc->mentions[m].person &&
              sc->mentions[m].org.empty()) {
            country = sc->mentions[m].country;
          } else if (p) {
            country = p->country;
          }
        } else {
          country = PlaceCountryAfter(s, j + 1, *sc);
        }
        if (!country.empty() && country != sc->mentions[k.sources[0]].country) {
          add_target(country, civil ? "CVL" : "", "", "recipients");
        }
        break;
      }
    }
    // "An earthquake struck Myanmar on Friday. ... Beijing pledged 100 million yuan in
    // emergency aid": aid given to no one named goes to the country the text is about.
    // (Relief or money, not troops or arms: "sending warships and fighter jets to surround".)
    static const WordSet relief(std::array{"aid", "assistance", "relief", "supplies", "food",
                                           "million", "billion", "$", "€", "£", "funding",
                                           "grant", "grants", "loan", "loans"});
    bool relief_named = false;
    for (uint32_t j = c.anchor; j < c.end && !relief_named; ++j) {
      relief_named = relief.contains(toks[j].hash);
    }
    const std::string_view given = c.pattern->code->code;
    if (k.targets.empty() && relief_named &&
        (given == "033" || given == "0331" || given == "0333" || given == "070" ||
         given == "071" || given == "073")) {
      std::string country = SentenceCountry(s, *sc);
      if (country.empty()) country = sc->title_country;
      if (country.empty()) country = sc->discourse.Scene();
      if (!country.empty() && country != sc->mentions[k.sources[0]].country) {
        add_target(country, "", "", "scene");
      }
    }
    // "demands the release of every American held in Iran": people held are released by
    // the country they are held in, not by their own.
    if ((given == "1053" || given == "0253") && !k.targets.empty() &&
        std::all_of(k.targets.begin(), k.targets.end(), [&](int t) {
          return sc->mentions[t].country == sc->mentions[k.sources[0]].country;
        })) {
      static const WordSet held(std::array{"held", "detained", "imprisoned", "jailed"});
      for (uint32_t j = c.end; j + 2 < s.end_token && j < c.end + 12; ++j) {
        if (IsHardBoundary(toks[j])) break;
        if (!held.contains(toks[j].hash) || !IsWord(toks[j + 1], "in")) continue;
        std::string in = PlaceCountryAfter(s, j + 1, *sc);
        if (!in.empty() && in != sc->mentions[k.sources[0]].country) {
          k.targets.clear();
          add_target(in, "", "", "holder");
        }
        break;
      }
    }
    // "blacklisted seven companies based in the United Arab Emirates": those sanctioned
    // and not named are of the country they are based in.
    if (k.targets.empty() && given.starts_with("16")) {
      static const WordSet based(std::array{"based", "registered", "headquartered",
                                            "located", "operating"});
      for (uint32_t j = c.end; j + 2 < s.end_token && j < c.end + 8; ++j) {
        if (IsHardBoundary(toks[j]) || sc->mention_at[j - first] >= 0) break;
        if (!based.contains(toks[j].hash) || !IsWord(toks[j + 1], "in")) continue;
        std::string in = PlaceCountryAfter(s, j + 1, *sc);
        if (!in.empty() && in != sc->mentions[k.sources[0]].country) {
          add_target(in, "BUS", "", "based");
        }
        break;
      }
    }
    // "Doctors at state hospitals in Sri Lanka stage a 24-hour strike": a protest by a
    // country's people that names no one it is aimed at is aimed at their government.
    if (k.targets.empty() && root == "14") {
      const Mention& by = sc->mentions[k.sources[0]];
      static const WordSet people(std::array{"CVL", "OPP", "LAB", "EDU", "REL", "AGR", "HRI",
                                             "REF", "BUS", "MED"});
      if (by.country.size() == 3 && people.contains(HashLower(by.sector))) {
        add_target(by.country, "GOV", "", "protested");
      }
    }
    // "reopened the British Embassy in Tehran", "cancelled a visit to Istanbul": a mission
    // or a journey named by the match is aimed at the country of its place.
    if (k.targets.empty() && c.end + 1 < s.end_token && c.end > c.anchor &&
        (IsWord(toks[c.end], "in") || IsWord(toks[c.end], "to"))) {
      static const WordSet missions(std::array{"embassy", "embassies", "consulate", "visit",
                                               "trip", "mission", "office"});
      std::string country;
      uint32_t at = IsWord(toks[c.end + 1], "the") ? c.end + 2 : c.end + 1;
      // ("suspended our diplomatic presence in Kabul", "its embassy operations in Khartoum".)
      bool mission = missions.contains(toks[c.end - 1].hash) ||
                     (c.end >= c.anchor + 2 &&
                      (IsWord(toks[c.end - 1], "presence") ||
                       IsWord(toks[c.end - 1], "operations")) &&
                      (IsWord(toks[c.end - 2], "diplomatic") || IsWord(toks[c.end - 2], "embassy") ||
                       IsWord(toks[c.end - 2], "consular")));
      if (mission && at < s.end_token) {
        uint32_t end = 0;
        int m = sc->mention_at[at - first];
        if (m >= 0 && sc->mentions[m].actor && !sc->mentions[m].person &&
            sc->mentions[m].org.empty() && (sc->mentions[m].sector.empty() ||
                                            sc->mentions[m].capital)) {
          country = sc->mentions[m].country;
        } else if (const Place* p = m < 0 ? places_->MatchAt(toks, at, s.end_token, &end)
                                          : nullptr) {
          country = p->country;
        }
      }
      if (!country.empty() && country != sc->mentions[k.sources[0]].country) {
        add_target(country, "", "", "place");
      }
    }
    // Several parties cooperating with no one else named act towards each other: "the two
    // leaders affirmed their commitment to deepen bilateral cooperation", "Australia and the
    // US agreed to work together". A group reference or a reciprocal word says so.
    if (k.targets.empty() && k.sources.size() >= 2 &&
        (root == "03" || root == "04" || root == "05" || root == "06")) {
      // Praise by a group is of something, not of each other, unless the text says so.
      // "Brazil and Argentina agreed to boost trade": parties agree with each other (a bare
      // "agreed to" leaves the act to the verb that follows).
      // Six states named that "agreed to take turns leading the force" agree on it, not with
      // each other: past two parties, a list needs one of the words below.
      bool reciprocal = (sc->mentions[k.sources[0]].group >= 0 && root != "05") ||
                        (sc->lex[c.anchor - first].lemma_hash == kAgree &&
                         c.end > c.anchor + 2 && k.sources.size() == 2);
      // In the act's own clause, from just before its verb ("jointly announced") up to the
      // next finite verb ("welcomed the progress ...
      // and committed to working closely": "closely" is the commitment's).
      for (uint32_t j = std::max(first, c.anchor - std::min(c.anchor, 2u));
           j < s.end_token && j < c.anchor + 15 && !reciprocal; ++j) {
        if (j >= c.end && IsHardBoundary(toks[j])) break;
        std::string_view penn = tagger_->Name(sc->tags[j - first]);
        if (j >= c.end && (penn == "VBD" || penn == "VBZ" || penn == "VBP")) break;
        reciprocal = ReciprocalWords().contains(toks[j].hash) ||
                     (IsWord(toks[j], "each") && j + 1 < s.end_token &&
                      IsWord(toks[j + 1], "other"));
      }
      // "reaffirmed their commitment to continue supporting Ukraine's efforts": a party the
      // commitment is to, a few verbs on, is its target rather than each other.
      for (uint32_t j = c.end; j < s.end_token && j < c.end + 6 && root == "03"; ++j) {
        int m = sc->mention_at[j - first];
        if (m >= 0) {
          bool source = false;
          for (int x : k.sources) source |= SameActor(sc->mentions[x], sc->mentions[m]);
          if (!source && !sc->mentions[m].demonym) k.targets = {m};
          break;
        }
        std::string_view penn = tagger_->Name(sc->tags[j - first]);
        if (!(IsWord(toks[j], "to") || penn == "VB" || penn == "VBG" || penn == "RB" ||
              penn == "DT")) {
          break;
        }
      }
      k.mutual = reciprocal && k.targets.empty();
    }
    // "Russia and Ukraine accuse each other of attacking energy facilities", "the two sides
    // blamed one another": each party's act at the other.
    for (uint32_t j = c.anchor + 1; j + 1 < s.end_token && j <= c.anchor + 2 &&
                                    k.targets.empty() && k.sources.size() >= 2;
         ++j) {
      k.each_other |= (IsWord(toks[j], "each") && IsWord(toks[j + 1], "other")) ||
                      (IsWord(toks[j], "one") && IsWord(toks[j + 1], "another"));
    }
    k.mutual |= k.each_other;
    // "Russia and Ukraine exchanged 200 prisoners", "carry out a prisoner exchange": an
    // exchange is between its parties.
    for (uint32_t j = c.anchor; j < c.end && k.targets.empty() && k.sources.size() >= 2; ++j) {
      k.mutual |= IsWord(toks[j], "exchange") || IsWord(toks[j], "exchanged") ||
                  IsWord(toks[j], "exchanging") || IsWord(toks[j], "swap") ||
                  IsWord(toks[j], "swapped") || IsWord(toks[j], "traded");
    }
    // A truce, an accord or a halt that several parties agree or sign binds them to each other:
    // "Sudan's army and the Rapid Support Forces agree to a 72-hour truce".
    if (k.targets.empty() && k.sources.size() >= 2 && !k.mutual) {
      // "signed a cessation of hostilities"; "the warring sides accepted to halt all
      // offensive operations": de-escalation by several parties is towards each other.
      k.mutual = c.pattern->code->code.starts_with("087") || c.pattern->code->code == "0356" ||
                 c.pattern->code->code == "196" ||  // "X and Y resumed fighting"
                 // "X and Y agreed to expand co-production", "committed to meeting": joint
                 // commitments bind them to each other.
                 // Three or more parties named that pledge or agree ("The Bahamas,
                 // Bangladesh, Barbados ... have pledged to contribute personnel") each commit
                 // to a third party, seldom to one another; "the three leaders" do.
                 ((root == "03" || c.pattern->code->code == "019") &&
                  (k.sources.size() == 2 || sc->mentions[k.sources[0]].group >= 0));
      // (So do relations that two establish or normalise: "Israel and Bahrain established
      // diplomatic relations".)
      for (uint32_t j = c.anchor; j < c.end && !k.mutual; ++j) {
        k.mutual = TruceNouns().contains(toks[j].hash) || AccordNouns().contains(toks[j].hash) ||
                   (root == "05" && (IsWord(toks[j], "relations") || IsWord(toks[j], "ties")));
      }
    }
    // "condemns the renewed offensive by the M23 armed group in North Kivu", "condemned the
    // attack on a UN convoy by Al-Shabaab": the attack its judge names is the doer's too.
    if (root == "11" && k.targets.size() == 1 && !recalled) {
      const Mention doer = sc->mentions[k.targets[0]];  // (a copy: mentions grow below)
      uint32_t noun = 0;
      for (uint32_t j = c.anchor + 1; j + 2 < s.end_token && j < doer.first; ++j) {
        if (IsHardBoundary(toks[j])) break;
        if (AttackNouns().contains(toks[j].hash) || IsWord(toks[j], "operations")) noun = j;
      }
      bool by = noun > 0 && (IsWord(toks[doer.first - 1], "by") ||
                             (IsWord(toks[doer.first - 2], "by") &&
                              IsWord(toks[doer.first - 1], "the")));
      if (by && doer.actor && !doer.country.empty()) {
        int victim = -1;
        std::string where;
        // The victim: "on|against Y" after the noun or after the doer, or the country of the
        // place it hit ("on Odesa").
        for (uint32_t from : {noun + 1, doer.end}) {
          if (from + 1 < s.end_token &&
              (IsWord(toks[from], "on") || IsWord(toks[from], "against"))) {
            int m = FindObject(s, from, *sc);
            if (m >= 0 && m != k.targets[0] && !SameActor(sc->mentions[m], doer)) victim = m;
            uint32_t at = IsWord(toks[from + 1], "the") ? from + 2 : from + 1, end = 0;
            const Place* p = at < s.end_token ? places_->MatchAt(toks, at, s.end_token, &end)
                                              : nullptr;
            if (victim < 0 && p && where.empty()) where = p->country;
          }
          if (victim >= 0) break;
        }
        // Else the country it happened in ("in North Kivu"), when that is not the doer's, or
        // when the doer is an armed group at home.
        if (victim >= 0) where.clear();
        if (victim < 0 && where.empty()) where = PlaceCountryAfter(s, noun + 1, *sc);
        bool armed_group = doer.sector == "REB" || doer.sector == "INS";
        if (victim < 0 && !where.empty() && (where != doer.country || armed_group)) {
          victim = static_cast<int>(sc->mentions.size());
          sc->mentions.push_back(CountryMention(where, "", noun, noun + 1, "location"));
        }
        // "the air strike carried out by the Myanmar Armed Forces on Pazigyi village": forces
        // that strike a village, a camp or a market at home strike its people.
        static const WordSet civilian_places(std::array{
            "village", "villages", "camp", "camps", "market", "hospital", "school", "mosque",
            "church", "wedding", "funeral", "homes", "neighbourhood", "neighborhood"});
        std::string home = where;
        if (home.empty() && victim < 0 && !armed_group) home = SentenceCountry(s, *sc);
        if (home.empty() && victim < 0 && !armed_group) home = sc->discourse.Scene();
        for (uint32_t from : {noun + 1, doer.end}) {
          if (victim >= 0 || home != doer.country || armed_group ||
              from + 1 >= s.end_token ||
              !(IsWord(toks[from], "on") || IsWord(toks[from], "against"))) {
            continue;
          }
          for (uint32_t x = from + 1; x < s.end_token && x < from + 5; ++x) {
            if (IsHardBoundary(toks[x]) || toks[x].text == ",") break;
            if (civilian_places.contains(toks[x].hash)) {
              victim = static_cast<int>(sc->mentions.size());
              sc->mentions.push_back(
                  CountryMention(doer.country, "CVL", noun, noun + 1, "location"));
              break;
            }
          }
        }
        if (victim >= 0) {
          k.attacked = victim;
          k.embedded = cameo_->Find("190");
          k.embedded_at = noun;
        }
      }
    }
    // "condemned the destruction of a Malian army drone by Algeria", "the arrest of X by Y":
    // the act judged is its doer's, not its object's.
    if ((root == "11" || root == "12") && k.targets.size() == 1 && !recalled && !k.embedded) {
      const Mention& object = sc->mentions[k.targets[0]];
      uint32_t of = object.first > c.end ? object.first - 1 : c.anchor;  // after the verb only
      if (of > c.anchor && (IsWord(toks[of], "a") || IsWord(toks[of], "an") ||
                         IsWord(toks[of], "the"))) {
        --of;
      }
      if (of > c.anchor && IsWord(toks[of], "of") && tagger_->IsNoun(sc->tags[of - 1 - first])) {
        for (uint32_t j = object.end; j + 1 < s.end_token && j < object.end + 3; ++j) {
          if (IsHardBoundary(toks[j]) || toks[j].text == "," ||
              tagger_->IsVerb(sc->tags[j - first])) {
            break;
          }
          if (!IsWord(toks[j], "by")) continue;
          uint32_t at = IsWord(toks[j + 1], "the") && j + 2 < s.end_token ? j + 2 : j + 1;
          int m = sc->mention_at[at - first];
          if (m >= 0 && sc->mentions[m].actor && !SameActor(sc->mentions[m], object) &&
              !SameActor(sc->mentions[m], sc->mentions[source])) {
            k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
          }
          break;
        }
      }
    }
    // "condemns in the strongest terms the barbaric murder of twenty-one Egyptian citizens
    // by the terrorist organization Daesh": with no one else aimed at, the doer named after
    // "by" (past a description the dictionary lacks).
    if ((root == "11" || root == "12") && k.targets.empty() && !recalled && !k.embedded) {
      for (uint32_t j = c.end; j + 1 < s.end_token && j < c.end + 20; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == "," ||
            (sc->mention_at[j - first] < 0 && tagger_->IsVerb(sc->tags[j - first]))) {
          break;
        }
        if (!IsWord(toks[j], "by")) continue;
        uint32_t at = j + 1;
        while (at + 1 < s.end_token && at < j + 5 && sc->mention_at[at - first] < 0 &&
               !toks[at].is(kCapitalized) &&
               (IsWord(toks[at], "the") || tagger_->IsNoun(sc->tags[at - first]) ||
                tagger_->IsAdjective(sc->tags[at - first]))) {
          ++at;
        }
        int m = sc->mention_at[at - first];
        if (m >= 0 && sc->mentions[m].actor && !SameActor(sc->mentions[m], sc->mentions[source])) {
          k.targets = Expand(Coordinated(m, false, s, *sc), *sc);
        }
        break;
      }
    }
    // "Russia accuses Ukraine of the attacks": the attacks, as alleged, are the accused's,
    // on whoever they hit ("of the attack on Y") or else on the accuser.
    if (root == "11" && k.targets.size() == 1 && k.attacked < 0 && !recalled &&
        AccusingVerbs().contains(toks[c.anchor].hash)) {
      const Mention& accused = sc->mentions[k.targets[0]];
      uint32_t j = accused.end;
      if (j + 1 < s.end_token && (IsWord(toks[j], "of") || IsWord(toks[j], "for"))) {
        ++j;
        while (j + 1 < s.end_token && j < accused.end + 5 &&
               (Determiners().contains(toks[j].hash) ||
                tagger_->IsAdjective(sc->tags[j - first]) ||
                tagger_->Name(sc->tags[j - first]) == "NN") &&
               !AttackNouns().contains(toks[j].hash) && !toks[j].text.ends_with("ing") &&
               sc->mention_at[j - first] < 0) {
          ++j;
        }
        // Not a gerund with its object ("of shelling the plant": that act is coded itself).
        bool gerund = tagger_->Name(sc->tags[j - first]) == "VBG" ||
                      (toks[j].text.ends_with("ing") && j + 1 < s.end_token &&
                       (Determiners().contains(toks[j + 1].hash) ||
                        sc->mention_at[j + 1 - first] >= 0));
        if (j < s.end_token && AttackNouns().contains(toks[j].hash) && !gerund &&
            accused.actor && !accused.country.empty()) {
          int victim = -1;
          if (j + 1 < s.end_token &&
              (IsWord(toks[j + 1], "on") || IsWord(toks[j + 1], "against"))) {
            victim = FindObject(s, j + 1, *sc);
          }
          if (victim < 0) victim = k.sources[0];
          if (!SameActor(sc->mentions[victim], accused)) {
            k.attacked = victim;
            k.embedded = cameo_->Find("190");
            k.embedded_at = j;
          }
        }
      }
    }
    // The agreement, truce or talks of the parties a statement praises or deplores.
    if (k.targets.size() >= 2 && (root == "05" || root == "11") && !recalled) {
      for (uint32_t j = c.end; j < s.end_token && j < c.end + 15 && !k.embedded; ++j) {
        if (toks[j].text == "(") {  // "the National Liberation Army (ELN) for the agreements"
          uint32_t close = j + 1;
          while (close < s.end_token && close < j + 6 && toks[close].text != ")") ++close;
          if (close < s.end_token && toks[close].text == ")") {
            j = close;
            continue;
          }
        }
        if (IsHardBoundary(toks[j]) || Relativizers().contains(toks[j].hash)) break;
        // (A joint declaration is an accord.)
        bool joint = IsWord(toks[j], "declaration") && IsWord(toks[j - 1], "joint");
        const char* act = TruceNouns().contains(toks[j].hash)                ? "0871"
                          : AccordNouns().contains(toks[j].hash) || joint    ? "057"
                          : NegotiationNouns().contains(toks[j].hash) ? "046"
                                                                      : nullptr;
        // "the efforts of Brazil and Mexico to facilitate dialogue": mediators, not parties.
        bool brokered = false;
        for (uint32_t b = j > c.end + 2 ? j - 2 : c.end; b < j; ++b) {
          brokered |= BrokerVerbs().contains(toks[b].hash);
        }
        if (brokered) break;
        // "reaching this agreement": one already reported, not a new act.
        bool restated = act && j > c.end && (IsWord(toks[j - 1], "this") ||
                                             IsWord(toks[j - 1], "that") ||
                                             IsWord(toks[j - 1], "these"));
        if (act && !restated) {
          k.embedded = cameo_->Find(act);
          k.embedded_at = j;
        }
        if (restated) break;
      }
    }
    // CAMEO events are dyadic: with no target, only a disapproval of an act ("condemned
    // the attack"), a protest or a show of force is still an event; a mutual act needs two
    // parties.
    // A curfew or a state of emergency against a disaster or a disease ("declare a state
    // of emergency as part of a measles outbreak") is no political act.
    if (c.pattern->code->code == "1723" || c.pattern->code->code == "1724") {
      bool civil = false;
      for (uint32_t j = s.first_token; j < s.end_token && !civil; ++j) {
        civil = DisasterWords().contains(toks[j].hash);
      }
      if (civil) {
        drop(c, "a civil emergency (a disaster or a disease)", k.modality);
        continue;
      }
    }
    // "The leaders discussed the situation on the border between Poland and Belarus": what
    // is discussed is the topic; the other party is the one discussed "with".
    if (!k.targets.empty() && k.sources.size() >= 2 && c.end == c.anchor + 1 &&
        sc->lex[c.anchor - first].lemma_hash == HashLower("discuss")) {
      const Mention& t = sc->mentions[k.targets[0]];
      bool with = t.first > first + 1 && t.first < s.end_token &&
                  (IsWord(toks[t.first - 1], "with") ||
                   (IsWord(toks[t.first - 1], "the") && IsWord(toks[t.first - 2], "with")));
      if (!with) k.targets.clear();
    }
    bool mutual = IsMutualCode(c.pattern->code->code) || k.mutual;
    // Disapproval of no one is kept only for violence whose doer the text may not name
    // ("condemned the bombing", "any attempt to take power by force"); a decision, a
    // measure, a verdict or a vote judged has a maker, one not found here.
    bool judged_violence = false;
    if (k.targets.empty() && c.pattern->code->root == "11") {
      static const WordSet violence(std::array{
          "assassination", "assassinations", "murder", "murders", "terrorism", "terrorist",
          "downing", "shooting", "shootings", "explosion", "explosions", "blast", "blasts",
          "abduction", "abductions", "kidnapping", "kidnappings", "force", "hostage-taking", "coup",
          "coups", "putsch", "takeover", "aggression", "invasion", "incursion", "operation"});
      // ("condemned in the strongest terms the heinous and cowardly terrorist attack",
      // 'called it "an apparent act of terrorism"'.)
      for (uint32_t j = c.anchor + 1; j < s.end_token && j < c.end + 12 && !judged_violence;
           ++j) {
        if (IsHardBoundary(toks[j]) && toks[j].text != "\"") break;
        judged_violence = AttackNouns().contains(toks[j].hash) ||
                          ViolenceNouns().contains(toks[j].hash) ||
                          violence.contains(toks[j].hash);
      }
    }
    // "calls the expulsions a provocative gesture by the United States and vows to
    // retaliate": a demand, refusal or threat aimed at no one named, after its speaker's
    // blame of a party in the sentence, is aimed at that party.
    const std::string& kind = c.pattern->code->root;
    if (k.targets.empty() && !mutual && !k.sources.empty() &&
        (kind == "10" || kind == "12" || kind == "13")) {
      // (A finite verb of its own: not "accused Israel of refusing to".)
      std::string_view tag = tagger_->Name(sc->tags[c.anchor - first]);
      bool perfect = c.anchor > first && HaveForms().contains(toks[c.anchor - 1].hash);
      bool finite = tag != "VBG" && (tag != "VBN" || perfect);
      for (auto a = coded.rbegin(); finite && a != coded.rend(); ++a) {
        const std::string& blame = a->c->pattern->code->root;
        if (a->dropped || a->targets.empty() || a->sources.empty() ||
            a->c->anchor >= c.anchor || (blame != "11" && blame != "12") ||
            a->sources[0] != k.sources[0]) {
          continue;
        }
        // (The same subject's verbs joined: not "Blinken accused Moscow, and Ambassador Wood
        // warned".)
        bool joined = false;
        for (uint32_t j = a->c->end; j < c.anchor && !joined; ++j) joined = IsWord(toks[j], "and");
        if (!joined) continue;
        k.targets = a->targets;
        k.recode_rule = " + builtin:aimed-as-the-blame";
        break;
      }
    }
    // "condemn the ruling and call on the Russian authorities to free Navalny": disapproval
    // of no one named, joined to an appeal to a state, is aimed at that state. (Not after
    // violence: "condemned the attack and called on the authorities to find those
    // responsible".)
    if (k.targets.empty() && c.pattern->code->root == "11" && !judged_violence &&
        !k.sources.empty()) {
      for (uint32_t j = c.end; j + 3 < s.end_token && j < c.end + 12; ++j) {
        if (IsHardBoundary(toks[j])) break;
        if (!IsWord(toks[j], "and")) continue;
        uint32_t at = j + 1;
        const uint64_t verb = sc->lex[at - first].lemma_hash;
        if (verb == HashLower("call") &&
            (IsWord(toks[at + 1], "on") || IsWord(toks[at + 1], "upon"))) {
          at += 2;
        } else if (verb == HashLower("urge") || verb == HashLower("demand") ||
                   verb == HashLower("press")) {
          at += IsWord(toks[at + 1], "that") ? 2 : 1;
        } else {
          break;
        }
        if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
        const int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (m >= 0 && sc->mentions[m].actor && !sc->mentions[m].country.empty() &&
            sc->mentions[m].org.empty() &&
            !SameActor(sc->mentions[m], sc->mentions[k.sources[0]])) {
          k.targets = Expand(Coordinated(m, /*backward=*/false, s, *sc), *sc);
        }
        break;
      }
    }
    // "condemned the drills, saying China's provocations threatened regional peace",
    // "rejects the protest, saying the Philippine boats had entered its waters": disapproval
    // or rejection of no one named is aimed at the party of another state that its speaker
    // then blames, the subject of the clause after the participle of saying.
    if (k.targets.empty() && !mutual && !k.sources.empty() && (kind == "11" || kind == "12")) {
      static const WordSet giving_reasons(std::array{"saying", "adding", "arguing", "insisting"});
      for (uint32_t j = c.end; j + 2 < s.end_token && j < c.end + 15; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == "\"") break;
        if (toks[j].text != "," || !giving_reasons.contains(toks[j + 1].hash)) continue;
        uint32_t at = j + 2;
        if (at + 1 < s.end_token && IsWord(toks[at], "that")) ++at;
        if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
        const int m = sc->mention_at[at - first];
        if (m < 0 || sc->mentions[m].first != at) break;
        const Mention& blamed = sc->mentions[m];
        const std::string& sector = blamed.sector;
        bool victim = sector == "CVL" || sector == "MED" || sector == "HRI" || sector == "REL" ||
                      sector == "EDU" || sector == "OPP";
        if (blamed.actor && !blamed.country.empty() && !victim &&
            blamed.country != sc->mentions[k.sources[0]].country) {
          k.targets = Expand(Coordinated(m, /*backward=*/false, s, *sc), *sc);
          k.recode_rule = " + builtin:aimed-at-the-blamed";
        }
        break;
      }
    }
    // "deeply concerned about the human rights situation in Iran", "alarmed by the escalation
    // between India and Pakistan": concern over a state of affairs is aimed at the country
    // it is in, or at the two between whom it is.
    if (k.targets.empty() && !k.sources.empty() && c.pattern->code->code == "012") {
      static const WordSet affairs(std::array{
          "situation", "escalation", "violence", "crisis", "fighting", "tensions", "tension",
          "conflict", "developments", "unrest", "clashes", "hostilities"});
      for (uint32_t j = c.end; j + 2 < s.end_token && j < c.end + 8; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == ",") break;
        if (!affairs.contains(toks[j].hash)) continue;
        const bool between = IsWord(toks[j + 1], "between");
        if (!between && !IsWord(toks[j + 1], "in")) break;
        uint32_t at = IsWord(toks[j + 2], "the") ? j + 3 : j + 2;
        const int m = at < s.end_token ? sc->mention_at[at - first] : -1;
        if (m < 0 || sc->mentions[m].first != at || !sc->mentions[m].actor ||
            sc->mentions[m].country.empty() || sc->mentions[m].person ||
            !sc->mentions[m].org.empty()) {
          break;
        }
        std::vector<int> where = Expand(Coordinated(m, /*backward=*/false, s, *sc), *sc);
        if (between == (where.size() == 2)) {
          for (int w : where) {
            if (!SameActor(sc->mentions[w], sc->mentions[k.sources[0]])) k.targets.push_back(w);
          }
          if (!k.targets.empty()) k.recode_rule = " + builtin:concern-over-affairs";
        }
        break;
      }
    }
    // "intercepted the missiles with help from the United States and Jordan", "retook the
    // city with the support of U.S. air strikes": the helpers of an act of force or a show
    // of it, from the token after "with" (0 when none), each cooperating militarily (062)
    // with its doer.
    const std::string& act_root = (k.recode ? k.recode : c.pattern->code)->root;
    for (uint32_t j = c.end; !k.sources.empty() && j < s.end_token && j < c.end + 12 &&
                             (act_root == "15" || act_root >= "18");
         ++j) {
      if (IsHardBoundary(toks[j]) || Subordinators().contains(toks[j].hash) ||
          Relativizers().contains(toks[j].hash)) {
        break;
      }
      uint32_t at = HelpedWith(toks, j, s.end_token);
      if (at == 0) continue;
      int m = sc->mention_at[at - first];
      if (m >= 0 && sc->mentions[m].first == at && sc->mentions[m].actor) {
        k.help_at = IsWord(toks[j + 1], "the") ? j + 2 : j + 1;
        k.helpers_at = at;
      }
      break;
    }
    // "The Philippines accused China's coast guard of attacking a navy resupply mission":
    // force said to be used on no one named is used on the state that says so.
    if (k.targets.empty() && accused_named && k.sources.size() == 1 &&
        sc->mentions[accuser].actor && !sc->mentions[accuser].person &&
        !sc->mentions[accuser].country.empty() && sc->mentions[accuser].org.empty() &&
        (act_root >= "17" || act_root == "15")) {
      bool named = false;
      for (uint32_t j = c.anchor + 1; j < s.end_token && !IsHardBoundary(toks[j]) &&
                                      toks[j].text != ",";
           ++j) {
        named |= sc->mention_at[j - first] >= 0;
      }
      if (!named) add_mention_target(sc->mentions[accuser]);
    }
    // "began removing surveillance cameras installed by the U.N. watchdog": a hostile act on
    // a thing its match ends on is aimed at whom a participle right after names as its maker.
    const bool on_a_thing = act_root == "10" || act_root == "11" || act_root == "12" ||
                            act_root == "13" || act_root == "16" || act_root == "17";
    for (uint32_t j = c.end + 1; k.targets.empty() && !mutual && on_a_thing &&
                                 !k.sources.empty() && j + 1 < s.end_token && j < c.end + 5;
         ++j) {
      if (IsHardBoundary(toks[j]) || toks[j].text == "," || sc->mention_at[j - first] >= 0) {
        break;
      }
      if (!IsWord(toks[j], "by")) continue;
      uint32_t v = j - 1;
      if (v > c.end && tagger_->Name(sc->tags[v - first]).starts_with("RP")) --v;
      if (sc->tags[v - first] != vbn_) break;
      const int maker = FindObject(s, j + 1, *sc);
      if (maker >= 0 && sc->mentions[maker].actor &&
          !SameActor(sc->mentions[maker], sc->mentions[k.sources[0]]) &&
          (sc->mentions[maker].country.empty() ||
           sc->mentions[maker].country != sc->mentions[k.sources[0]].country)) {
        k.targets = Expand(Coordinated(maker, /*backward=*/false, s, *sc), *sc);
        k.recode_rule = " + builtin:aimed-at-the-maker";
      }
      break;
    }
    if (k.targets.empty() && told_doer) add_mention_target(*std::move(told_doer));
    // "held snap drills with Belarusian troops": drills held with a party are joint (062).
    if (c.pattern->code->code == "150" && !k.recode && !k.targets.empty()) {
      bool drills = false;
      for (uint32_t j = c.anchor; j < c.end; ++j) {
        drills |= DrillNouns().contains(toks[j].hash) || IsWord(toks[j], "drill") ||
                  IsWord(toks[j], "exercise");
      }
      uint32_t b = sc->mentions[k.targets[0]].first;
      if (b > first && IsWord(toks[b - 1], "the")) --b;
      const CameoCode* joint = cameo_->Find("062");
      if (drills && joint && b == c.end + 1 && IsWord(toks[c.end], "with")) {
        k.recode = joint;
        k.recode_rule = " + builtin:drills-with";
      }
    }
    const bool aimless = k.targets.empty() &&
                         (mutual ? k.sources.size() < 2
                                 : !TargetlessCode(c.pattern->code->code) ||
                                       (c.pattern->code->root == "11" && !judged_violence));
    k.only_helped = aimless && k.help_at > 0;
    if (aimless && !k.only_helped) {
      drop(c, "no target", k.modality);
      // Still an act of its subject's, for "the launch" in a later sentence.
      if (k.modality == Modality::kFact && !k.sources.empty()) {
        const Mention& sm = sc->mentions[k.sources[0]];
        sc->discourse.RememberEvent({sm.code, sm.country, "", "", c.pattern->code->code, sm, "",
                                     sc->lex[c.anchor - first].lemma_hash});
      }
      continue;
    }

    // "condemned the arrest of Navalny", "Navalny's jailing": a judgement of what a state
    // did to a person or a group of its people is aimed at that state, not at the victim
    // (nor at "two Canadians" held "in China").
    const CameoCode* judged_code = k.recode ? k.recode : c.pattern->code;
    for (int& tgt : k.targets) {
      if (judged_code->root != "11") break;
      const Mention& t = sc->mentions[tgt];
      bool victim = t.person || t.sector == "OPP" || t.sector == "CVL" || t.sector == "MED" ||
                    t.sector == "HRI" || t.sector == "EDU" || t.sector == "REL";
      if (!victim || !t.org.empty() || t.country.empty() || t.first < c.end) continue;
      // Back past "the", "two", "dozens of" to the "of" of the act.
      auto counted = [&](uint32_t j) {
        return sc->tags[j - first] == cd_ || CrowdCounts().contains(toks[j].hash);
      };
      uint32_t of = t.first - 1;
      while (of > c.anchor && (IsWord(toks[of], "the") || counted(of) ||
                               (IsWord(toks[of], "of") && counted(of - 1)))) {
        --of;
      }
      bool done_to = of > c.anchor && (IsWord(toks[of], "of") || IsWord(toks[of], "against")) &&
                     StateActsOnPeople().contains(toks[of - 1].hash);
      done_to |= t.end + 1 < s.end_token && toks[t.end].text == "'s" &&
                 StateActsOnPeople().contains(toks[t.end + 1].hash);
      if (!done_to) continue;
      std::string state = PlaceCountryAfter(s, t.end, *sc);
      if (state.empty()) state = t.country;
      Mention gov = CountryMention(state, "GOV", t.first, t.end, "victim");
      tgt = static_cast<int>(sc->mentions.size());
      sc->mentions.push_back(std::move(gov));
    }

    // The date nearest to the anchor in the sentence.
    k.date = pub;
    k.basis = pub.valid() ? DateBasis::kPublication : DateBasis::kUnknown;
    int64_t best = -1;
    for (const DateMention& d : sc->dates) {
      int64_t dist = d.first > c.anchor ? int64_t{d.first} - c.anchor
                     : d.end <= c.anchor ? int64_t{c.anchor} - d.end : 0;
      if (best < 0 || dist < best) {
        best = dist;
        k.date = d.date;
        k.basis = d.basis;
        // "his meeting with Kim will take place on June 12", told on May 10: the coming
        // June 12.
        // "will travel to Kyiv on Tuesday", told on a Thursday: the next Tuesday.
        // (A day before the act's verb is when it was announced: "agreed on Monday to".)
        const bool announced = (k.modality == Modality::kIntended ||
                                k.modality == Modality::kConditional) &&
                               d.first >= c.end;
        if (announced && d.year_before) ++k.date.year;
        if (announced && d.weekday && pub.valid() &&
            DaysFromCivil(k.date) < DaysFromCivil(pub)) {
          k.date = CivilFromDays(DaysFromCivil(k.date) + 7);
        }
      }
    }
    coded.push_back(std::move(k));
  }

  // "condemned the truck bomb attack in Mogadishu, for which al-Shabaab has claimed
  // responsibility": a condemnation aimed at no one is aimed at whoever the sentence then
  // says claimed the act.
  for (Coded& judged : coded) {
    const CameoCode* code = judged.recode ? judged.recode : judged.c->pattern->code;
    if (judged.dropped || !judged.targets.empty() || judged.sources.empty() ||
        code->root != "11") {
      continue;
    }
    for (const Coded& claim : coded) {
      if (!claim.dropped && claim.c->pattern->code->code == "015" && !claim.sources.empty() &&
          claim.c->anchor > judged.c->anchor &&
          !SameActor(sc->mentions[claim.sources[0]], sc->mentions[judged.sources[0]])) {
        judged.targets = claim.sources;
        break;
      }
    }
  }

  // "X warned that it will impose sanctions": the threat inside is the event, not the
  // warning. "X said (that) Y ...", "X said, \"...\"": a plain statement (010) is coded only
  // when what was said yields no event.
  for (Coded& outer : coded) {
    if (outer.sources.empty()) continue;
    const Mention& speaker = sc->mentions[outer.sources[0]];
    bool statement = outer.c->pattern->code->code == "010";
    for (const Coded& inner : coded) {
      if (&inner == &outer || inner.sources.empty()) continue;
      bool governed = inner.reported_by == int64_t{outer.c->anchor};
      bool same = SameActor(speaker, sc->mentions[inner.sources[0]]);
      bool voiced = inner.speaker >= 0 && SameActor(speaker, sc->mentions[inner.speaker]);
      if ((governed && same) || (statement && (governed || voiced || same))) outer.dropped = true;
      // "They agreed to expand cooperation": a bare "agreed to" gives way to the act it
      // introduces ("agreed on Wednesday to return": a date may come between).
      uint32_t to = outer.c->end - 1;
      if (same && !inner.dropped && IsWord(toks[to], "to") &&
          outer.c->pattern->after.size() == 1 &&
          inner.c->anchor > to && inner.c->anchor <= to + 2) {
        outer.dropped = true;
      }
    }
  }

  // "X shelled the town, killing 19": a participle that tells the casualties of the
  // attack before it (or of the repression), between the same parties and under the same
  // root, is that attack, not a second one. ("met Kim, wrapping up a visit" tells two acts.)
  for (size_t k = 1; k < coded.size(); ++k) {
    Coded& outcome = coded[k];
    uint32_t a = outcome.c->anchor;
    const std::string& root = outcome.c->pattern->code->root;
    if (outcome.dropped || a == first || toks[a - 1].text != "," ||
        (root != "18" && root != "19" && root != "20") ||
        tagger_->Name(sc->tags[a - first]) != "VBG" || outcome.sources.empty() ||
        outcome.targets.empty()) {
      continue;
    }
    outcome.dropped_why = "the outcome of the attack before it, coded as that attack";
    for (size_t e = 0; e < k && !outcome.dropped; ++e) {
      const Coded& act = coded[e];
      const CameoCode& done = *act.c->pattern->code;
      bool force = done.root == root || done.code == "175";  // "opened fire on protesters, killing"
      outcome.dropped =
          !act.dropped && !act.sources.empty() && !act.targets.empty() && force &&
          act.modality == outcome.modality &&
          SameActor(sc->mentions[act.sources[0]], sc->mentions[outcome.sources[0]]) &&
          SameActor(sc->mentions[act.targets[0]], sc->mentions[outcome.targets[0]]);
    }
  }

  // "Trump recognizes Guaido as interim president, and Canada, Brazil and Peru quickly do
  // the same": the act before, done again by the subject of "do the same" or "follow suit"
  // (or "take the same step").
  struct Again {
    uint32_t verb;
    int subject;
    Modality modality;
    bool deed;  // "took the same step": not what the sentence before only said
  };
  std::vector<Again> again_before;
  for (uint32_t v = first + 1; v + 2 < s.end_token; ++v) {
    static const WordSet follows(std::array{"follow", "follows", "followed", "following"});
    static const WordSet takes(std::array{"take", "takes", "took", "taken", "taking"});
    const bool deed = takes.contains(toks[v].hash) && IsWord(toks[v + 1], "the") &&
                      IsWord(toks[v + 2], "same") && v + 3 < s.end_token &&
                      (IsWord(toks[v + 3], "step") || IsWord(toks[v + 3], "steps") ||
                       IsWord(toks[v + 3], "action") || IsWord(toks[v + 3], "decision"));
    bool again = (DoForms().contains(toks[v].hash) &&
                  ((IsWord(toks[v + 1], "the") && IsWord(toks[v + 2], "same")) ||
                   IsWord(toks[v + 1], "likewise"))) ||
                 (follows.contains(toks[v].hash) && IsWord(toks[v + 1], "suit")) || deed;
    if (!again || !tagger_->IsVerb(sc->tags[v - first])) continue;
    const Coded* model = nullptr;
    for (const Coded& k : coded) {
      if (!k.dropped && !k.sources.empty() && k.c->end <= v) model = &k;
    }
    int subject = FindSubject(s, v, *sc);
    if (subject < 0 || (model && sc->mentions[subject].first < model->c->end)) continue;
    // ("would do the same": as intended; "could follow suit": no event.)
    bool speculative = false;
    Modality modality = ModalityOf(s, sc->mentions[subject].end, v, *sc, &speculative);
    if (speculative) continue;
    if (!model) {
      // "Germany expelled two Russian diplomats. France followed suit.": the acts of the
      // sentence before, below, once this one has coded nothing of its own.
      again_before.push_back({v, subject, modality, deed});
      continue;
    }
    Coded copy = *model;
    copy.modality = modality;
    copy.sources.clear();
    for (int m : Expand(Coordinated(subject, /*backward=*/true, s, *sc), *sc)) {
      bool target = false;
      for (int x : model->targets) target |= SameActor(sc->mentions[x], sc->mentions[m]);
      if (!target) copy.sources.push_back(m);
    }
    if (!copy.sources.empty()) coded.push_back(std::move(copy));
  }

  // The subjects of a sentence that coded nothing still stand for a "they" next:
  // "The two leaders affirmed their commitment ... They exchanged views".
  // So does a group that is the subject of a sentence with no event word: "In response, the
  // two leaders decided to extend the exercise. They further agreed to ...".
  const bool none_coded =
      std::none_of(coded.begin(), coded.end(), [](const Coded& k) { return !k.dropped; });
  for (uint32_t v = first + 1; none_coded && fallback_subjects.empty() && v < s.end_token; ++v) {
    const uint8_t t = sc->tags[v - first];
    if (sc->mention_at[v - first] >= 0 || !(t == vbd_ || t == vbz_ || t == vbp_ || t == md_)) {
      continue;
    }
    const int subject = FindSubject(s, v, *sc);
    std::vector<int> group =
        subject >= 0 ? Expand(Coordinated(subject, /*backward=*/true, s, *sc), *sc)
                     : std::vector<int>{};
    if (group.size() >= 2) fallback_subjects = std::move(group);
    break;
  }
  if (!fallback_subjects.empty() && none_coded) {
    std::vector<Mention> subjects;
    for (int m : fallback_subjects) subjects.push_back(sc->mentions[m]);
    sc->discourse.RememberSubjects(std::move(subjects));
  }
  int n = 0;
  // "They" next refers to the subject that opens the sentence, not to one of a relative
  // clause after it ("The members of the Council commended ... Mbeki, who travelled to
  // Abidjan. They reiterated ...").
  bool opening_subject = false;
  for (const Coded& k : coded) {
    const Candidate& c = *k.c;
    if (k.dropped) {
      drop(c, k.dropped_why, k.modality);
      continue;
    }
    drop(c, "coded", k.modality);
    bool opens = !k.sources.empty() && sc->mentions[k.sources[0]].first <= first + 4;
    if (opens || !opening_subject) {
      std::vector<Mention> subjects;
      for (int m : k.sources) subjects.push_back(sc->mentions[m]);
      sc->discourse.RememberSubjects(std::move(subjects));
      opening_subject |= opens;
    }
    if (trace) {
      auto names = [&](const std::vector<int>& ms) {
        std::string out;
        for (int m : ms) out += (out.empty() ? "" : ", ") + sc->mentions[m].code;
        return out.empty() ? std::string("-") : out;
      };
      std::string& roles = trace->candidates.back().roles;
      roles = "source: " + names(k.sources) + "; target: " + names(k.targets);
      if (k.speaker >= 0) roles += "; attributed to: " + sc->mentions[k.speaker].code;
    }
    // An act that is only intended or conditional is a threat or an intent, never the act.
    const CameoCode* code = k.recode ? k.recode : c.pattern->code;
    std::string recode_rule = k.recode_rule;
    bool refused = false;  // a cooperative act said not to be done: the refusal is a fact
    // Force used by a state's police or troops on its own protesters is repression (175),
    // whatever the verb: "security forces open fire and kill 25 people" during protests.
    if (!k.sources.empty() && !k.targets.empty() &&
        (code->root == "18" || code->root == "19" || code->root == "20")) {
      const Mention& by = sc->mentions[k.sources[0]];
      const Mention& on = sc->mentions[k.targets[0]];
      bool protest = false;
      for (uint32_t j = s.first_token; j < s.end_token && !protest; ++j) {
        protest = ProtestWords().contains(toks[j].hash);
      }
      if ((by.sector == "COP" || by.sector == "MIL") && on.country == by.country &&
          (on.sector == "OPP" || (on.sector == "CVL" && protest))) {
        if (const CameoCode* repression = cameo_->Find("175")) {
          code = repression;
          recode_rule = " + builtin:repression";
        }
      }
    }
    // "China protested against the purchase": a state's protest is a complaint (114); crowds
    // demonstrate (141).
    if (code->code == "141" && !k.sources.empty() &&
        (IsWord(toks[c.anchor], "protest") || IsWord(toks[c.anchor], "protested") ||
         IsWord(toks[c.anchor], "protests"))) {
      const Mention& by = sc->mentions[k.sources[0]];
      bool state = by.actor && !by.person && by.group < 0 &&
                   ((!by.country.empty() && (by.sector.empty() || by.sector == "GOV")) ||
                    !by.org.empty());
      if (state) {
        if (const CameoCode* complaint = cameo_->Find("114")) {
          code = complaint;
          recode_rule += " + builtin:state-protest";
        }
      }
    }
    // "Ukraine will never recognise the annexation", "will not negotiate with Ethiopia": a
    // cooperative act a party says it will not do is a refusal, coded as one (12x, a fact).
    if (k.modality == Modality::kNegated && code->root >= "03" && code->root <= "08") {
      bool will = false;
      for (uint32_t j = c.anchor > first + 4 ? c.anchor - 4 : first; j < c.anchor; ++j) {
        will |= IsWord(toks[j], "will") || IsWord(toks[j], "would") || IsWord(toks[j], "wo") ||
                IsWord(toks[j], "shall");
      }
      const char* refusal = code->root == "04" ? "125" : code->root == "07" ? "122" :
                            code->root == "08" ? "124" : "120";
      // ("will not extradite its citizens": whoever asked is the party refused, not they.)
      if (will && !k.targets.empty() && !k.sources.empty() &&
          sc->mentions[k.targets[0]].country == sc->mentions[k.sources[0]].country) {
        continue;
      }
      if (will) {
        if (const CameoCode* reject = cameo_->Find(refusal)) {
          code = reject;
          refused = true;
          recode_rule += " + builtin:will-not";
        }
      }
    }
    // "is deeply concerned by the M23's stated intention", "expressed grave concern that
    // Al-Shabaab continues ...": concern at what a party does disapproves of it (110); a
    // pessimistic comment (012) has no one in view.
    // (Not "raised concerns about Taiwan": a party named as the topic, not as a doer.)
    // So is regret over what another does ("expresses regret over India's military
    // action"); regret for one's own is an apology.
    bool doer = false;
    if ((code->code == "012" || code->code == "055") && !k.targets.empty()) {
      const Mention& t = sc->mentions[k.targets[0]];
      // "concerned by these decisions", "by the military takeover": their makers'.
      doer = t.via == "act" || t.via == "coup";
      // "the military takeover", "the Russian offensive": the doer names the act.
      if (t.end < s.end_token) {
        const Token& head = toks[t.end];
        doer |= AttackNouns().contains(head.hash) || ViolenceNouns().contains(head.hash) ||
                IsWord(head, "takeover") || IsWord(head, "coup") || IsWord(head, "crackdown");
        // "concerned by the Saudi measures": what a state does, named by its adjective.
        static const WordSet acts(std::array{
            "measures", "measure", "decision", "decisions", "actions", "action", "steps",
            "move", "moves", "policy", "policies", "ruling", "law", "detention", "arrest",
            "arrests", "expulsion", "expulsions", "sanctions", "restrictions", "deployment",
            "build-up", "buildup", "conduct", "behaviour", "behavior", "rhetoric", "remarks",
            "threats", "provocations", "activities", "activity", "incursion", "incursions"});
        doer |= t.demonym && acts.contains(head.hash);
      }
      for (uint32_t j = t.first; j <= t.end && j < s.end_token && !doer; ++j) {
        doer = toks[j].text == "'s";  // "Russia's troop buildup"
      }
      // "alarmed by the military operations launched this morning by Azerbaijan".
      for (uint32_t j = c.end; j < t.first && j < s.end_token && !doer; ++j) {
        doer = IsWord(toks[j], "that") || IsWord(toks[j], "by");
      }
    }
    if (doer) {
      if (const CameoCode* disapprove = cameo_->Find("110")) {
        code = disapprove;
        recode_rule += " + builtin:concern-at-party";
      }
    }
    // "welcomed President Emmanuel Macron to the Royal Military Academy Sandhurst": a guest
    // welcomed to a place is received there (043), not approved of.
    if (code->code == "051" && !k.targets.empty() &&
        sc->lex[c.anchor - first].lemma_hash == HashLower("welcome")) {
      const Mention& guest = sc->mentions[k.targets[0]];
      const uint32_t to = guest.end;
      const uint32_t place = to + 1 < s.end_token && IsWord(toks[to + 1], "the") ? to + 2 : to + 1;
      if (guest.person && guest.first == c.end && place < s.end_token && IsWord(toks[to], "to") &&
          toks[place].is(kCapitalized)) {
        if (const CameoCode* host = cameo_->Find("043")) {
          code = host;
          recode_rule += " + builtin:welcomed-to";
        }
      }
    }
    // "protesters stormed the residences", "set fire to the consulate": violence by a crowd
    // is a violent protest (145), not an act of force by a state or an armed group.
    if (!k.sources.empty() &&
        (code->root == "18" || code->root == "19" || code->code == "1711" ||
         code->code == "1712")) {
      const std::string& by = sc->mentions[k.sources[0]].sector;
      if (by == "OPP" || by == "CVL") {
        if (const CameoCode* riot = cameo_->Find("145")) {
          code = riot;
          recode_rule += " + builtin:crowd-violence";
        }
      }
    }
    // "an al-Shabaab suicide bomber ... attack": force used by a suicide bomber is a suicide
    // bombing (1831).
    if (!k.sources.empty() && (code->code == "190" || code->code == "180")) {
      const Mention& by = sc->mentions[k.sources[0]];
      for (uint32_t j = by.first; j + 1 < by.end; ++j) {
        if (!IsWord(toks[j], "suicide") ||
            !(IsWord(toks[j + 1], "bomber") || IsWord(toks[j + 1], "bombers"))) {
          continue;
        }
        if (const CameoCode* bombing = cameo_->Find("1831")) {
          code = bombing;
          recode_rule += " + builtin:suicide-bomber";
        }
        break;
      }
    }
    // "warned U.S. citizens not to travel to Russia": advice to one's own people, no threat.
    if (code->root == "13" && !k.sources.empty() && !k.targets.empty()) {
      const Mention& by = sc->mentions[k.sources[0]];
      const Mention& to = sc->mentions[k.targets[0]];
      bool travel = false;
      for (uint32_t j = c.end; j < s.end_token && j < c.end + 8 && !travel; ++j) {
        travel = IsWord(toks[j], "travel") || IsWord(toks[j], "leave");
      }
      if (travel && to.sector == "CVL" && to.country == by.country) continue;
    }
    // A visit is an official's: people travelling ("not to travel to Russia") make none.
    if (code->root == "04" && !k.sources.empty() && sc->mentions[k.sources[0]].sector == "CVL" &&
        (code->code == "042" || code->code == "043")) {
      continue;
    }
    // "M23 forces are now preparing to advance on Uvira": force being readied is the act,
    // intended, not a threat; a threat is said.
    bool readied = false;
    if (k.modality == Modality::kIntended &&
        (code->root == "18" || code->root == "19" || code->root == "20")) {
      for (uint32_t j = c.anchor > first + 4 ? c.anchor - 4 : first; j < c.anchor; ++j) {
        readied |= IsWord(toks[j], "preparing") || IsWord(toks[j], "prepares") ||
                   IsWord(toks[j], "prepare") || IsWord(toks[j], "poised") ||
                   IsWord(toks[j], "massing") || IsWord(toks[j], "mobilizing") ||
                   IsWord(toks[j], "mobilising");
      }
    }
    // "announces that Australia will withdraw its ambassador": a cut in relations announced
    // is decided, not threatened (still intended).
    if (k.modality == Modality::kIntended && code->root == "16") {
      for (uint32_t j = c.anchor > first + 10 ? c.anchor - 10 : first; j < c.anchor; ++j) {
        readied |= IsWord(toks[j], "announces") || IsWord(toks[j], "announced") ||
                   IsWord(toks[j], "announce") || IsWord(toks[j], "decided") ||
                   IsWord(toks[j], "decides");
      }
    }
    std::string intent_rule;
    // "would punish any provocation", "will respond to any attack": a hostile act promised
    // against whatever may come is conditional on it, a threat.
    Modality modality = k.modality;
    if (modality == Modality::kIntended && code->root >= "10" && !readied) {
      for (uint32_t j = c.anchor + 1; j < s.end_token && j < c.end + 4; ++j) {
        if (IsHardBoundary(toks[j]) || toks[j].text == ",") break;
        if (IsWord(toks[j], "any")) {
          modality = Modality::kConditional;
          break;
        }
      }
    }
    if ((modality == Modality::kIntended || modality == Modality::kConditional) && !readied) {
      // A hostile act announced with no condition is coded as that act, intended ("said it
      // would impose sanctions" is 163); only an if-clause makes it a threat.
      bool hostile = code->root >= "10";
      if (!hostile || modality == Modality::kConditional) {
        code = cameo_->IntentOf(*code, &intent_rule);
      }
    }
    // `as` codes another act the match tells, at token `at`: the act judged, or with
    // `helped` the help given to the doer.
    auto emit = [&](int src, int tgt, bool mutual, const CameoCode* as = nullptr,
                    uint32_t at = 0, bool helped = false) {
      const CameoCode* code_used = as ? as : code;
      // An act judged that was told already ("welcomes the signing of the Agreement between
      // ...", then "ready to support the parties in implementing the Agreement") is not told
      // again.
      for (size_t i = 0; as && i < sc->discourse.events().size(); ++i) {
        const Discourse::PastEvent& p = sc->discourse.events()[i];
        if (p.cameo == code_used->code && p.source_code == sc->mentions[src].code &&
            p.target_code == (tgt >= 0 ? sc->mentions[tgt].code : std::string())) {
          return;
        }
      }
      uint32_t ev_first = as ? at : c.anchor, ev_end = as ? at + 1 : c.end;
      Event e;
      e.doc_id = doc.id;
      e.url = doc.url;
      e.title = doc.title;
      e.sentence_index = index;
      uint32_t sb = sc->norm.ToOriginal(s.begin), se = sc->norm.ToOriginal(s.end);
      e.sentence = doc.text.substr(sb, se - sb);
      e.date = k.date;
      e.date_basis = k.basis;
      e.source = MakeActor(sc->mentions[src], *sc, doc);
      if (tgt >= 0) e.target = MakeActor(sc->mentions[tgt], *sc, doc);
      if (k.speaker >= 0) e.attributed_to = MakeActor(sc->mentions[k.speaker], *sc, doc);
      e.mutual = mutual;
      SetCode(*code_used, &e);
      e.modality = refused                   ? Modality::kFact
                   : as && k.attacked >= 0 ? Modality::kAlleged
                                           : modality;
      uint32_t eb = sc->norm.ToOriginal(toks[ev_first].begin);
      uint32_t ee = sc->norm.ToOriginal(toks[ev_end - 1].end);
      e.evidence_text = doc.text.substr(eb, ee - eb);
      e.evidence = {index, eb, ee};
      e.mentions = {e.evidence};
      e.rule = c.pattern->rule;
      if (helped) {
        e.modality = modality;
        e.rule = "builtin:helped-with + " + e.rule;
      } else if (as) {
        // The act judged, as its judge states it: the built-in rule, then the judging verb.
        e.rule = "builtin:judged-act + " + e.rule;
        e.attributed_to = MakeActor(sc->mentions[k.sources[0]], *sc, doc);
      }
      if (!as) e.rule += recode_rule;
      if (!intent_rule.empty()) e.rule += " + " + intent_rule;
      Locate(s, ev_first, ev_end, *sc, doc.text, &e);
      e.id = doc.id + ":" + std::to_string(index) + ":" + std::to_string(n++);
      const Mention& sm = sc->mentions[src];
      Discourse::PastEvent past{sm.code, sm.country, "", "", e.cameo, sm, e.location_country,
                                sc->lex[c.anchor - first].lemma_hash};
      if (c.end > c.anchor + 1 && tagger_->IsNoun(sc->tags[c.end - 1 - first])) {
        past.act_lemma = sc->lex[c.end - 1 - first].lemma_hash;
      } else if (e.cameo == "057") {
        // "the Treaty on Comprehensive Strategic Partnership that Kim and Putin signed": the
        // accord the relative clause is about, for "the treaty" later.
        for (int64_t j = int64_t{c.anchor} - 1; j > first && j + 12 > c.anchor; --j) {
          if (IsHardBoundary(toks[j])) break;
          if (!IsWord(toks[j], "that") && !IsWord(toks[j], "which")) continue;
          for (int64_t b = j - 1; b >= first && j - b < 8; --b) {
            if (AccordNouns().contains(toks[b].hash)) {
              past.act_lemma = sc->lex[b - first].lemma_hash;
              break;
            }
          }
          break;
        }
      }
      // An attack or a condemnation with no place of its own is set where its sentence is
      // ("the attack ... in the commune of Barga in northern Burkina Faso"), for condolences.
      bool violent = e.cameo_root == "11" || e.cameo_root == "18" || e.cameo_root == "19" ||
                     e.cameo_root == "20";
      if (violent && past.location_country.empty()) past.location_country = SentenceCountry(s, *sc);
      if (tgt >= 0) {
        past.target_code = sc->mentions[tgt].code;
        past.target_country = sc->mentions[tgt].country;
      }
      if (violent && e.cameo_root != "11" && !past.target_country.empty() &&
          !past.source_country.empty() && past.target_country != past.source_country) {
        sc->discourse.RememberConflict(past.source_country, past.target_country);
      }
      // "The Prime Minister met Prime Minister Netanyahu in Israel": a meeting in the other
      // party's country is a visit there too, unless the visit was told already.
      const CameoCode* visit = nullptr;
      if (e.cameo == "040" && !mutual && tgt >= 0 && !e.location_country.empty() &&
          e.location_country == sc->mentions[tgt].country &&
          e.location_country != sm.country && !sm.country.empty()) {
        visit = cameo_->Find("042");
        for (const Candidate& other : sc->candidates) {  // "..., on his first visit to Italy"
          if (other.pattern->code && other.pattern->code->code == "042") visit = nullptr;
        }
        for (const Discourse::PastEvent& p : sc->discourse.events()) {
          if (p.cameo == "042" && p.source_country == sm.country &&
              p.target_country == e.location_country) {
            visit = nullptr;
          }
        }
      }
      Discourse::PastEvent visited = past;
      sc->discourse.RememberEvent(std::move(past));
      Event stay;
      if (visit) stay = e;
      out->push_back(std::move(e));
      if (visit) {
        SetCode(*visit, &stay);
        stay.rule += " + builtin:met-in-their-country";
        stay.id = doc.id + ":" + std::to_string(index) + ":" + std::to_string(n++);
        visited.cameo = visit->code;
        sc->discourse.RememberEvent(std::move(visited));
        out->push_back(std::move(stay));
      }
    };
    // "The two leaders discussed ...": what a readout says was discussed at a meeting it
    // reported is the meeting's content, not another act.
    bool topic_of_meeting = code->code == "046" &&
                            sc->lex[c.anchor - first].lemma_hash == kDiscuss;
    auto met = [&](int a, int b) {
      const Mention& x = sc->mentions[a];
      const Mention& y = sc->mentions[b];
      for (const Discourse::PastEvent& e : sc->discourse.events()) {
        bool meeting = e.cameo == "040" || e.cameo == "042" || e.cameo == "043" ||
                       e.cameo == "041";
        if (meeting && ((e.source_country == x.country && e.target_country == y.country) ||
                        (e.source_country == y.country && e.target_country == x.country))) {
          return true;
        }
      }
      return false;
    };
    // Mutual by the act itself, even when recoded as an intent ("agreed to restore ties").
    bool mutual_act = IsMutualCode(code->code) || IsMutualCode(c.pattern->code->code) || k.mutual;
    if (k.targets.empty() && k.sources.size() >= 2 && mutual_act) {
      std::vector<Mention> parties;
      for (int m : k.sources) parties.push_back(sc->mentions[m]);
      sc->discourse.RememberParties(std::move(parties));
      for (size_t a = 0; a < k.sources.size(); ++a) {
        for (size_t b = a + 1; b < k.sources.size(); ++b) {
          if (!SameActor(sc->mentions[k.sources[a]], sc->mentions[k.sources[b]]) &&
              !(topic_of_meeting && met(k.sources[a], k.sources[b]))) {
            // (An act not done together, a blame or a threat, goes both ways.)
            bool both_ways =
                k.each_other && !IsMutualCode(code->code) && !IsJointRoot(code->root);
            emit(k.sources[a], k.sources[b], !both_ways);
            if (both_ways) emit(k.sources[b], k.sources[a], false);
          }
        }
      }
      continue;
    }
    // The two sides of a meeting, a visit or an agreement are "the parties" and "the
    // leaders" next.
    bool meeting = IsMutualCode(code->code) || code->code == "042" || code->code == "043";
    // (Not the place of a visit when the sentence's meeting named them, "X met Y ... during
    // a visit to Z", nor a city visited after a meeting: "the first Prime Minister to visit
    // Hiroshima".)
    bool journey = code->code == "042" || code->code == "043";
    const Mention* to = k.targets.empty() ? nullptr : &sc->mentions[k.targets[0]];
    bool place = to && !to->person && to->sector.empty() && to->org.empty();
    bool met_before = false;
    for (const Mention& p : sc->discourse.RecentParties()) {
      met_before |= !k.sources.empty() && SameActor(p, sc->mentions[k.sources[0]]);
    }
    // (Not a fight told in a relative clause, "the Peshmerga, which have been fighting
    // ISIL": background to the sentence, not the parties of what follows.)
    int64_t before_verb = static_cast<int64_t>(c.anchor) - 1;
    while (before_verb > first &&
           (BeForms().contains(toks[before_verb].hash) ||
            HaveForms().contains(toks[before_verb].hash) ||
            tagger_->Name(sc->tags[before_verb - first]).substr(0, 2) == "RB")) {
      --before_verb;
    }
    bool relative_clause = before_verb >= first && code->root == "19" &&
                           Relativizers().contains(toks[before_verb].hash);
    if (meeting && k.sources.size() == 1 && !k.targets.empty() && !relative_clause &&
        !(journey && (sc->discourse.PartiesNamedHere() || (place && met_before)))) {
      std::vector<Mention> parties = {sc->mentions[k.sources[0]]};
      for (int t : k.targets) parties.push_back(sc->mentions[t]);
      sc->discourse.RememberParties(std::move(parties));
    }
    const bool force = code->root == "18" || code->root == "19" || code->root == "20";
    for (int src : k.sources) {
      if (k.targets.empty()) {
        if (!k.only_helped) emit(src, -1, false);
        continue;
      }
      for (int tgt : k.targets) {
        if (SelfDirected(sc->mentions[src], sc->mentions[tgt])) continue;
        if (topic_of_meeting && met(src, tgt)) continue;
        // '"They are trying to destroy us"', "they" read as both sides of the last fight: the
        // side attacked is not among the attackers.
        const Mention& by = sc->mentions[src];
        const std::string& hit = sc->mentions[tgt].country;
        if (force && by.via == "they" && by.country == hit &&
            std::any_of(k.sources.begin(), k.sources.end(), [&](int o) {
              return !sc->mentions[o].country.empty() && sc->mentions[o].country != hit;
            })) {
          continue;
        }
        emit(src, tgt, false);
      }
    }
    const CameoCode* cooperate = k.help_at > 0 ? cameo_->Find("062") : nullptr;
    for (int helper : cooperate ? Expand(Coordinated(sc->mention_at[k.helpers_at - first],
                                                     false, s, *sc), *sc)
                                : std::vector<int>()) {
      const Mention& h = sc->mentions[helper];
      for (int src : k.sources) {
        if (h.actor && !h.person && !SameActor(h, sc->mentions[src]) &&
            h.country != sc->mentions[src].country) {
          emit(helper, src, false, cooperate, k.help_at, /*helped=*/true);
        }
      }
    }
    if (k.embedded && k.attacked >= 0) {
      emit(k.targets[0], k.attacked, false, k.embedded, k.embedded_at);
    } else if (k.embedded && !k.sources.empty()) {
      std::vector<Mention> parties;
      for (int t : k.targets) parties.push_back(sc->mentions[t]);
      sc->discourse.RememberParties(std::move(parties));
      for (size_t a = 0; a < k.targets.size(); ++a) {
        for (size_t b = a + 1; b < k.targets.size(); ++b) {
          if (!SameActor(sc->mentions[k.targets[a]], sc->mentions[k.targets[b]])) {
            emit(k.targets[a], k.targets[b], true, k.embedded, k.embedded_at);
          }
        }
      }
    }
  }
  // The acts of the sentence before, done again: each one-sided act that was done, from
  // each subject of "followed suit" that was not its target, as done (or not) here.
  // (Not in a document's first sentence: -1, "none coded", is not the sentence before.)
  const bool again_here = out->size() == out_begin && sc->last_events_sentence >= 0 &&
                          sc->last_events_sentence == index - 1;
  for (const Again& again : again_before) {
    if (!again_here ||
        (again.modality != Modality::kFact && again.modality != Modality::kNegated)) {
      continue;
    }
    const uint32_t v = again.verb, last = IsWord(toks[v + 1], "the") ? v + 2 : v + 1;
    const uint32_t sb = sc->norm.ToOriginal(s.begin), se = sc->norm.ToOriginal(s.end);
    const uint32_t eb = sc->norm.ToOriginal(toks[v].begin);
    const uint32_t ee = sc->norm.ToOriginal(toks[last].end);
    const std::vector<int> subjects =
        Expand(Coordinated(again.subject, /*backward=*/true, s, *sc), *sc);
    // ("did the same on Tuesday": its own day, if the sentence tells one.)
    const DateMention* when = nullptr;
    for (const DateMention& d : sc->dates) {
      if (d.first >= s.first_token && d.end <= s.end_token) when = &d;
    }
    for (size_t i = sc->last_events_begin; i < sc->last_events_end; ++i) {
      if ((*out)[i].mutual || (*out)[i].modality != Modality::kFact) continue;
      const std::string& root = (*out)[i].cameo_root;
      if (again.deed && (root == "01" || root == "02" || root == "10" || root == "11" ||
                         root == "13")) {
        continue;
      }
      for (int m : subjects) {
        Event e = (*out)[i];
        e.source = MakeActor(sc->mentions[m], *sc, doc);
        if (e.target && e.target->country == e.source.country) continue;
        e.sentence_index = index;
        e.sentence = doc.text.substr(sb, se - sb);
        e.evidence_text = doc.text.substr(eb, ee - eb);
        e.evidence = {index, eb, ee};
        e.mentions = {e.evidence};
        e.modality = again.modality;
        if (when) {
          e.date = when->date;
          e.date_basis = when->basis;
        }
        e.attributed_to.reset();
        e.rule += " + builtin:done-again";
        e.id = doc.id + ":" + std::to_string(index) + ":" +
               std::to_string(out->size() - out_begin);
        out->push_back(std::move(e));
      }
    }
  }
  if (out->size() > out_begin) {
    sc->last_events_begin = out_begin;
    sc->last_events_end = out->size();
    sc->last_events_sentence = index;
  }
  RememberSentence(s, sc);
}

const Mention* CoderImpl::TellerOf(uint32_t j, const Scratch& sc) const {
  const auto& toks = sc.tokens;
  const uint64_t lemma = events_->LemmaOf(toks[j].hash);
  const uint64_t verb = VerbOfActNoun(toks[j]);
  for (int back = 1; back <= sc.told_count; ++back) {  // the latest first
    const Scratch::Told& t = sc.told[(sc.told_next + Scratch::kTold - back) % Scratch::kTold];
    if (sc.sentence_index - t.sentence > 3 || t.topic) break;
    if (!t.has_teller) continue;
    bool tells = false;
    for (uint32_t x = t.teller.end; x < t.end && !tells; ++x) {
      const uint64_t l = events_->LemmaOf(toks[x].hash);
      tells = toks[x].hash == toks[j].hash || l == lemma || (verb != 0 && l == verb);
    }
    if (!tells) continue;
    return t.teller.sector == "CVL" || t.teller.sector == "REF" ? nullptr : &t.teller;
  }
  return nullptr;
}

void CoderImpl::RememberTold(const SentenceSpan& s, Scratch* sc) const {
  // (A ring of the last few: the slot's strings keep their storage.)
  Scratch::Told& told = sc->told[sc->told_next];
  sc->told_next = (sc->told_next + 1) % Scratch::kTold;
  sc->told_count = std::min(sc->told_count + 1, Scratch::kTold);
  told.sentence = sc->sentence_index;
  told.first = s.first_token;
  told.end = s.end_token;
  told.topic = sc->discourse.AtTopic();
  told.has_teller = false;
  for (const Mention& m : sc->mentions) {
    if (m.first < s.first_token || m.end > s.end_token) continue;
    if (!m.actor || m.country.empty() || m.capital) continue;
    if (m.first > s.first_token) {
      const Token& before = sc->tokens[m.first - 1];
      if (LocativePrepositions().contains(before.hash) || IsWord(before, "of") ||
          IsWord(before, "to") || IsWord(before, "from") || IsWord(before, "with")) {
        continue;
      }
    }
    told.teller = m;
    told.has_teller = true;
    break;
  }
}

// Hands the sentence's actors and coordinated lists to the discourse.
void CoderImpl::RememberSentence(const SentenceSpan& s, Scratch* sc) const {
  RememberTold(s, sc);
  // Actors whose name ends in a head noun, for a later "the coalition" (dictionary names
  // only: a reference is not named again).
  for (const Mention& m : sc->mentions) {
    if (!m.actor || m.person || m.via.size() || m.end > s.end_token || m.end == 0) continue;
    uint64_t head = sc->tokens[m.end - 1].hash;
    if (HeadNouns().contains(head)) sc->named_heads.push_back({head, m, sc->sentence_index});
  }
  // "the Lukashenka regime", "Syrian regime aircraft": a state called a regime.
  for (const Mention& m : sc->mentions) {
    if (!m.actor || m.country.empty() || m.via.size() || m.end > s.end_token) continue;
    for (uint32_t t = m.first; t <= m.end && t < s.end_token; ++t) {
      if (sc->tokens[t].hash == kRegime) sc->discourse.RememberRegime(m.country);
    }
  }
  std::vector<std::vector<int>> groups;
  std::vector<bool> grouped(sc->mentions.size(), false);
  for (size_t m = 0; m < sc->mentions.size(); ++m) {
    if (grouped[m] || sc->mentions[m].group >= 0 || sc->mentions[m].end > s.end_token) continue;
    std::vector<int> g = Coordinated(static_cast<int>(m), /*backward=*/false, s, *sc);
    if (g.size() < 2) continue;
    for (int i : g) grouped[i] = true;
    groups.push_back(std::move(g));
  }
  // "the agreement between the Government of Ethiopia and the TPLF", "fighting between
  // Armenia and Azerbaijan": the parties of what follows.
  const auto& toks = sc->tokens;
  static const uint64_t kBetween = HashLower("between");
  for (uint32_t j = s.first_token + 1; j + 1 < s.end_token; ++j) {
    if (toks[j].hash != kBetween) continue;
    bool conflict_or_deal = false;
    for (uint32_t k = j > s.first_token + 6 ? j - 6 : s.first_token; k < j; ++k) {
      conflict_or_deal |= TruceNouns().contains(toks[k].hash) ||
                          PartiesNouns().contains(toks[k].hash);
    }
    uint32_t at = j + 1;
    if (at + 1 < s.end_token && IsWord(toks[at], "the")) ++at;
    int m = sc->mention_at[at - s.first_token];
    if (!conflict_or_deal || m < 0) continue;
    std::vector<int> g = Coordinated(m, /*backward=*/false, s, *sc);
    if (g.size() < 2) continue;
    std::vector<Mention> parties;
    for (int i : g) parties.push_back(sc->mentions[i]);
    sc->discourse.RememberParties(std::move(parties));
  }
  const bool topic = sc->discourse.AtTopic();
  std::string scene;
  if (topic) {
    // "2019 Bolivian protests", "War in Afghanistan": the one country a topic line names.
    for (const Mention& m : sc->mentions) {
      if (!m.actor || m.country.empty() || m.end > s.end_token) continue;
      if (!scene.empty() && scene != m.country) {
        scene.clear();
        break;
      }
      scene = m.country;
    }
  } else {
    scene = SentenceCountry(s, *sc);
    // ("2023 Nigerien coup d'etat: The army command declares ...": the item's, for the
    // sentences after it.)
    if (scene.empty()) scene = ItemTopicCountry(s, *sc);
  }
  sc->discourse.Remember(sc->mentions, groups);
  sc->discourse.SetScene(scene, topic);
  for (const Mention& m : sc->mentions) {
    if (m.actor && !m.person && !m.org.empty() && m.via.empty() && m.end <= s.end_token &&
        IsWord(toks[m.end - 1], "council")) {
      sc->discourse.RememberCouncil(m);
    }
  }
  // (After Remember, which counts the sentence: Opener() is then this sentence's.)
  for (const Mention& m : sc->mentions) {
    if (m.first > s.first_token + 1 || m.end > s.end_token) break;
    if (m.actor && m.group < 0 && (m.person || m.via == "title")) {
      sc->discourse.RememberOpener(m);
    }
    break;
  }
}

// "The Council condemned the attack in Mogadishu ... Al-Shabaab has claimed responsibility
// for the attack": blame of an attack whose doer the text names only after it goes to that
// doer, the one who claims it or is told to have done violence in the next sentences.
void NameLaterDoers(std::vector<Event>* events) {
  auto attack_told = [](std::string_view sentence) {
    for (std::string_view w : {"attack", "bombing", "explosion", "killing", "violence",
                               "assault", "strike", "massacre", "shelling"}) {
      if (sentence.find(w) != std::string_view::npos) return true;
    }
    return false;
  };
  for (size_t i = 0; i < events->size(); ++i) {
    Event& judged = (*events)[i];
    if (judged.cameo_root != "11" || judged.target || judged.mutual ||
        !attack_told(judged.sentence)) {
      continue;
    }
    for (size_t k = i + 1; k < events->size(); ++k) {
      const Event& later = (*events)[k];
      if (later.sentence_index > judged.sentence_index + 3) break;
      if (later.sentence_index == judged.sentence_index) continue;
      bool doer = later.cameo == "015" || later.cameo_root == "18" ||
                  later.cameo_root == "19" || later.cameo_root == "20";
      if (!doer || later.modality == Modality::kNegated ||
          later.source.code == judged.source.code ||
          (!later.source.country.empty() && later.source.country == judged.source.country)) {
        continue;
      }
      judged.target = later.source;
      judged.rule += " + builtin:doer-named-later";
      break;
    }
  }
}

// Merges restatements: the same dyad, code, modality and mutuality, told by the same rule
// or named by a noun, later in the document is the same event, with every mention kept. The
// most precise date wins. Another verb for the same code ("agreed to remain in close touch"
// after "committed to working closely") is another act. The events kept are compacted in
// place, so that the vector keeps its capacity from one document to the next (an Event is
// large: growing a new vector per document cost more than the merging).
void MergeRestatements(std::vector<Event>* events) {
  // An act named by a noun ("the agreement", "this ceasefire") refers back to one told.
  auto names_act = [](const Event& e) {
    return e.rule.starts_with("builtin:judged-act") ||
           e.rule.find("nominal.tsv") != std::string::npos;
  };
  // "They also condemned the DPRK's launch of an ICBM" after "condemned the DPRK's launch of
  // twenty missiles": "also" before the verb tells another act.
  auto another = [](const Event& e) {
    size_t at = e.sentence.find(e.evidence_text);
    return !e.evidence_text.empty() && at != std::string::npos && at >= 5 &&
           e.sentence.compare(at - 5, 5, "also ") == 0;
  };
  size_t kept = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    auto same = [&](const Event& m) {
      if (another(e)) return false;
      return m.source.code == e.source.code && m.cameo == e.cameo &&
             (m.rule == e.rule || names_act(m) || names_act(e)) &&
             m.modality == e.modality && m.mutual == e.mutual &&
             (m.target ? m.target->code : "") == (e.target ? e.target->code : "");
    };
    auto merged_end = events->begin() + static_cast<std::ptrdiff_t>(kept);
    auto it = std::find_if(events->begin(), merged_end, same);
    if (it == merged_end) {
      if (i != kept) (*events)[kept] = std::move(e);
      ++kept;
      continue;
    }
    it->mentions.push_back(e.evidence);
    bool vaguer = it->date_basis == DateBasis::kPublication || it->date_basis == DateBasis::kUnknown;
    if (vaguer && (e.date_basis == DateBasis::kExplicit || e.date_basis == DateBasis::kRelative)) {
      it->date = e.date;
      it->date_basis = e.date_basis;
    }
  }
  events->erase(events->begin() + static_cast<std::ptrdiff_t>(kept), events->end());
}

}  // namespace

Result<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options) {
  auto coder = std::make_unique<CoderImpl>(options);
  DYAD_RETURN_IF_ERROR(coder->Load());
  return std::unique_ptr<Coder>(std::move(coder));
}

}  // namespace dyad
