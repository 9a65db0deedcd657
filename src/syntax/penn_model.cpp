// Reads Lingua::EN::Tagger's YAML files. They are one mapping per line,
//   "word": { tag: count, tag: count }      (words.yml, unknown.yml)
//   prev: { next: probability, ... }        (tags.yml)
// after a "--- #YAML:1.0" header, so a line parser is enough (the Perl module
// reads them the same way); anything else on a line is an error.
#include "syntax/penn_model.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

#include "core/text_lines.hpp"

namespace sitrep {
namespace {

using P = PartOfSpeech;

// Penn Treebank tags (as Lingua::EN::Tagger spells them) -> sitrep's coarse tags.
// Tags missing here are `other`. The punctuation tags are Lingua's own (pp sentence
// end, ppc comma, ppd dollar, ppl left quote, ppr right quote, pps other).
constexpr std::pair<std::string_view, P> kPennToPos[] = {
    {"cc", P::conjunction},   {"cd", P::number},        {"det", P::determiner},  {"ex", P::pronoun},
    {"fw", P::noun},          {"in", P::preposition},   {"jj", P::adjective},    {"jjr", P::adjective},
    {"jjs", P::adjective},    {"md", P::modal},         {"nn", P::noun},         {"nns", P::noun},
    {"nnp", P::proper_noun},  {"nnps", P::proper_noun}, {"pdt", P::determiner},  {"pos", P::particle},
    {"prp", P::pronoun},      {"prps", P::determiner},  {"rb", P::adverb},       {"rbr", P::adverb},
    {"rbs", P::adverb},       {"rp", P::adverb},        {"to", P::preposition},  {"vb", P::verb},
    {"vbd", P::verb},         {"vbg", P::verb},         {"vbn", P::verb},        {"vbp", P::verb},
    {"vbz", P::verb},         {"wdt", P::determiner},   {"wp", P::pronoun},      {"wps", P::determiner},
    {"wrb", P::subordinator}, {"pp", P::punctuation},   {"ppc", P::punctuation}, {"ppd", P::punctuation},
    {"ppl", P::punctuation},  {"ppr", P::punctuation},  {"pps", P::punctuation}, {"lrb", P::punctuation},
    {"rrb", P::punctuation},  {"sym", P::punctuation},  {"ls", P::other},        {"uh", P::other},
};

// The Penn tag standing for a sitrep tag the lexicon imposes on a word the model
// never saw with a matching tag.
constexpr std::pair<P, std::string_view> kRepresentative[] = {
    {P::noun, "nn"},        {P::proper_noun, "nnp"}, {P::pronoun, "prp"},     {P::verb, "vb"},
    {P::auxiliary, "vbz"},  {P::modal, "md"},        {P::adjective, "jj"},    {P::adverb, "rb"},
    {P::determiner, "det"}, {P::preposition, "in"},  {P::conjunction, "cc"},  {P::subordinator, "in"},
    {P::particle, "rb"},    {P::number, "cd"},       {P::punctuation, "pps"}, {P::other, "sym"},
};

// A transition never seen in training: rare, not impossible.
constexpr float kUnseenTransition = -14.0f;

void error(Diagnostics& diagnostics, std::string_view path, uint64_t line, std::string message) {
    diagnostics.push_back({Severity::error, std::string(path), line, std::move(message), DiagnosticCode::bad_line});
}

// One `key: { name: number, ... }` line, split into its key and its pairs.
struct YamlLine {
    std::string_view key;
    std::string_view body;  // between the braces
};

// Empty key on a malformed line. A quoted key may hold ':' and '{'.
bool split_line(std::string_view line, YamlLine& out) {
    std::string_view rest;
    if (!line.empty() && line.front() == '"') {
        // The closing quote is the one followed by ':' (keys like "''" hold quotes).
        size_t close = line.find("\": ", 1);
        if (close == std::string_view::npos) return false;
        out.key = line.substr(1, close - 1);
        rest = line.substr(close + 3);
    } else {
        size_t colon = line.find(": ");
        if (colon == std::string_view::npos) return false;
        out.key = line.substr(0, colon);
        rest = line.substr(colon + 2);
    }
    rest = trim(rest);
    if (out.key.empty() || rest.size() < 2 || rest.front() != '{' || rest.back() != '}') return false;
    out.body = rest.substr(1, rest.size() - 2);
    return true;
}

// Calls f(name, value) for each `name: value` pair of a body; false on a bad pair.
template <typename F>
bool for_each_pair(std::string_view body, F&& f) {
    while (true) {
        body = trim(body);
        if (body.empty()) return true;
        size_t comma = body.find(',');
        std::string_view pair = body.substr(0, comma);
        size_t colon = pair.find(':');
        if (colon == std::string_view::npos) return false;
        std::string_view name = trim(pair.substr(0, colon));
        std::string_view number = trim(pair.substr(colon + 1));
        if (name.empty() || number.empty()) return false;
        float value = 0;
        auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
        if (ec != std::errc() || end != number.data() + number.size() || !std::isfinite(value) || value < 0)
            return false;
        f(name, value);
        if (comma == std::string_view::npos) return true;
        body.remove_prefix(comma + 1);
    }
}

bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
// Bytes of non-ASCII letters count as word characters.
bool is_word(unsigned char c) {
    return is_upper(c) || is_lower(c) || is_digit(c) || c == '_' || c >= 0x80;
}

bool all_of(std::string_view s, bool (*pred)(unsigned char)) {
    for (unsigned char c : s)
        if (!pred(c)) return false;
    return true;
}

// "12", "-3.5", ".5"
bool is_decimal(std::string_view w) {
    if (!w.empty() && w.front() == '-') w.remove_prefix(1);
    size_t dot = w.find('.');
    if (dot == std::string_view::npos) return !w.empty() && all_of(w, is_digit);
    std::string_view a = w.substr(0, dot), b = w.substr(dot + 1);
    if (!all_of(b, is_digit)) return false;
    return a.empty() ? !b.empty() : all_of(a, is_digit);
}

// "1990-91", "3/4", "12:30"
bool is_number_construct(std::string_view w) {
    if (w.size() < 3 || !is_digit(w.front()) || !is_digit(w.back())) return false;
    for (unsigned char c : w.substr(1, w.size() - 2))
        if (c != '/' && c != ':' && c != '-' && !is_digit(c)) return false;
    return true;
}

// Lingua::EN::Tagger's unknown-word classes, in its order of tests.
std::string_view unknown_class(std::string_view w) {
    if (w.find_first_of("({[") != std::string_view::npos) return "*LRB*";
    if (w.find_first_of(")]}") != std::string_view::npos) return "*RRB*";
    if (is_decimal(w) || is_number_construct(w)) return "*NUM*";
    {
        std::string_view d = !w.empty() && w.front() == '-' ? w.substr(1) : w;
        size_t k = 0;
        while (k < d.size() && is_digit(d[k])) ++k;
        if (k > 0 && k < d.size() && all_of(d.substr(k), is_word)) return "*ORD*";
    }
    if (!w.empty() && is_upper(w.front()) &&
        all_of(w.substr(1), [](unsigned char c) { return is_upper(c) || c == '.' || c == '-'; }))
        return "-abr-";
    for (size_t k = 1; k + 1 < w.size(); ++k)
        if (w[k] == '-' && is_word(w[k - 1]) && is_word(w[k + 1])) return "-hyp-";
    bool any_word = false;
    for (unsigned char c : w) any_word |= is_word(c);
    if (!any_word) return "-sym-";
    if (!w.empty() && !is_lower(w.front()) && !is_digit(w.front()) && w.front() != '_') return "-cap-";
    if (w.ends_with("ing")) return "-ing-";
    if (w.ends_with("s")) return "-s-";
    if (w.ends_with("tion")) return "-tion-";
    if (w.ends_with("ly")) return "-ly-";
    if (w.ends_with("ed")) return "-ed-";
    return "-unknown-";
}

}  // namespace

int PennModel::find_tag(std::string_view name) const {
    const int* t = tag_index_.find(name);
    return t ? *t : -1;
}

int PennModel::intern_tag(std::string_view name) {
    if (int t = find_tag(name); t >= 0) return t;
    if (tag_names_.size() >= kMaxPennTags) return -1;
    tag_names_.reserve(kMaxPennTags);
    tag_names_.emplace_back(name);
    tag_index_.insert(tag_names_.back(), static_cast<int>(tag_names_.size() - 1));
    P pos = P::other;
    for (const auto& [n, p] : kPennToPos)
        if (n == name) pos = p;
    tag_pos_.push_back(pos);
    return static_cast<int>(tag_names_.size() - 1);
}

void PennModel::parse_counts(std::string_view path, std::string_view content, Diagnostics& diagnostics, bool classes) {
    ready_ = false;
    WordMap& map = classes ? classes_ : words_;
    key_blocks_.push_back(std::make_unique<char[]>(content.size() + 1));
    char* arena = key_blocks_.back().get();
    size_t used = 0;
    map.reserve(static_cast<size_t>(std::count(content.begin(), content.end(), '\n')) + 1);
    for_each_line(content, [&](uint64_t line_no, std::string_view line) {
        line = trim(line);
        if (line.empty() || line.starts_with("---") || line.starts_with("#")) return;
        YamlLine parsed;
        if (!split_line(line, parsed)) {
            error(diagnostics, path, line_no, "expected 'word: { tag: count, ... }'");
            return;
        }
        const auto first = static_cast<uint32_t>(counts_.size());
        bool ok = for_each_pair(parsed.body, [&](std::string_view name, float value) {
            int t = intern_tag(name);
            if (t < 0) return;
            counts_.push_back({static_cast<PennTag>(t), value});
        });
        if (!ok || counts_.size() == first) {
            counts_.resize(first);
            error(diagnostics, path, line_no, "expected 'tag: count' pairs");
            return;
        }
        std::memcpy(arena + used, parsed.key.data(), parsed.key.size());
        std::string_view key(arena + used, parsed.key.size());
        used += parsed.key.size();
        // A repeated word keeps its first line.
        map.insert(key, Counts{first, static_cast<uint32_t>(counts_.size() - first)});
    });
}

void PennModel::load_words(std::string_view path, std::string_view content, Diagnostics& diagnostics) {
    parse_counts(path, content, diagnostics, false);
}

void PennModel::load_unknown_classes(std::string_view path, std::string_view content, Diagnostics& diagnostics) {
    parse_counts(path, content, diagnostics, true);
}

void PennModel::load_transitions(std::string_view path, std::string_view content, Diagnostics& diagnostics) {
    ready_ = false;
    for_each_line(content, [&](uint64_t line_no, std::string_view line) {
        line = trim(line);
        if (line.empty() || line.starts_with("---") || line.starts_with("#")) return;
        YamlLine parsed;
        int prev = -1;
        if (!split_line(line, parsed) || (prev = intern_tag(parsed.key)) < 0) {
            error(diagnostics, path, line_no, "expected 'tag: { tag: probability, ... }'");
            return;
        }
        std::array<float, kMaxPennTags> row;
        row.fill(kUnseenTransition);
        bool ok = for_each_pair(parsed.body, [&](std::string_view name, float value) {
            int next = intern_tag(name);
            if (next >= 0 && value > 0) row[next] = std::max(kUnseenTransition, std::log(std::min(value, 1.0f)));
        });
        if (!ok) {
            error(diagnostics, path, line_no, "expected 'tag: probability' pairs");
            return;
        }
        std::copy(row.begin(), row.end(), transitions_.begin() + prev * kMaxPennTags);
        has_transitions_[prev] = true;
    });
    // Rows never given (a tag seen only as a target) stay at the floor.
    for (size_t p = 0; p < kMaxPennTags; ++p)
        if (!has_transitions_[p]) std::fill_n(transitions_.begin() + p * kMaxPennTags, kMaxPennTags, kUnseenTransition);
}

void PennModel::finish() {
    // Tag priors from the words' counts; a tag no word has gets a token count.
    std::array<double, kMaxPennTags> tag_total{};
    double total = 0;
    words_.for_each([&](std::string_view, const Counts& c) {
        for (uint32_t k = c.first; k < c.first + c.size; ++k) {
            tag_total[counts_[k].tag] += counts_[k].count;
            total += counts_[k].count;
        }
    });
    std::array<float, kMaxPennTags>& log_prior = log_prior_;
    for (size_t t = 0; t < kMaxPennTags; ++t)
        log_prior[t] = static_cast<float>(std::log((tag_total[t] + 1.0) / (total + kMaxPennTags)));
    // log P(tag | word) - log P(tag), in the same layout as counts_.
    emissions_.resize(counts_.size());
    auto score = [&](const WordMap& map) {
        map.for_each([&](std::string_view, const Counts& c) {
            double n = 0;
            for (uint32_t k = c.first; k < c.first + c.size; ++k) n += counts_[k].count;
            for (uint32_t k = c.first; k < c.first + c.size; ++k) {
                const auto& rc = counts_[k];
                float p = n > 0 ? static_cast<float>(std::log((rc.count + 1e-3) / (n + 1e-3))) : -14.0f;
                emissions_[k] = {rc.tag, p - log_prior[rc.tag]};
            }
        });
    };
    score(words_);
    score(classes_);
    representative_.fill(-1);
    for (const auto& [pos, name] : kRepresentative) representative_[static_cast<size_t>(pos)] = find_tag(name);
    ids_ = {find_tag("nn"),  find_tag("jj"),  find_tag("pos"), find_tag("vb"),  find_tag("vbp"),
            find_tag("vbd"), find_tag("vbn"), find_tag("vbg"), find_tag("vbz"), find_tag("nns")};
    int pp = find_tag("pp");
    start_ = pp >= 0 ? static_cast<PennTag>(pp) : 0;
    ready_ = !words_.empty() && !classes_.empty() && has_transitions_[start_] && !lookup(classes_, "-unknown-").empty();
}

PennEmissions PennModel::lookup(const WordMap& map, std::string_view key) const {
    const Counts* c = map.find(key);
    return !c || c->first + c->size > emissions_.size() ? PennEmissions{} : emissions(*c);
}

PennEmissions PennModel::word(std::string_view surface, std::string_view norm) const {
    if (auto e = lookup(words_, surface); !e.empty()) return e;
    std::string_view lowered = surface;
    char lower[64];
    if (!surface.empty() && is_upper(static_cast<unsigned char>(surface.front())) && surface.size() <= sizeof lower) {
        std::memcpy(lower, surface.data(), surface.size());
        lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
        lowered = std::string_view(lower, surface.size());
        if (auto e = lookup(words_, lowered); !e.empty()) return e;
    }
    // The normal form may differ in more than the first letter ("U.S." -> "us").
    if (norm != lowered)
        if (auto e = lookup(words_, norm); !e.empty()) return e;
    return american_spelling(norm);
}

// The model was trained on American text: a British "-ise"/"-yse" spelling it
// never saw ("mobilised", "criticising", "organisation", "paralysed") takes
// the tags of its "-ize"/"-yze" twin. Only the 's' of the suffix changes.
PennEmissions PennModel::american_spelling(std::string_view norm) const {
    static constexpr std::string_view kSuffixes[] = {"ise",      "ised", "ises", "ising", "isation",
                                                     "isations", "yse",  "ysed", "yses",  "ysing"};
    char spelled[64];
    if (norm.size() > sizeof spelled) return {};
    for (std::string_view suffix : kSuffixes) {
        if (norm.size() < suffix.size() + 3 || !norm.ends_with(suffix)) continue;
        std::memcpy(spelled, norm.data(), norm.size());
        spelled[norm.size() - suffix.size() + 1] = 'z';
        return lookup(words_, std::string_view(spelled, norm.size()));
    }
    return {};
}

PennEmissions PennModel::unknown(std::string_view surface) const {
    std::string_view cls = unknown_class(surface);
    if (cls == "-hyp-") {
        // "-hyp-adj-" when the last part is an adjective.
        std::string_view last = surface.substr(surface.rfind('-') + 1);
        for (const auto& e : lookup(words_, last))
            if (e.tag == ids_.adjective) cls = "-hyp-adj-";
    }
    if (auto e = lookup(classes_, cls); !e.empty()) return e;
    return lookup(classes_, "-unknown-");
}

std::shared_ptr<const PennModel> load_packaged_penn_model(Diagnostics& diagnostics, const std::string& dir) {
    auto model = std::make_shared<PennModel>();
    Diagnostics errors;
    auto read = [&](const char* name, void (PennModel::*load)(std::string_view, std::string_view, Diagnostics&)) {
        const std::string path = dir + "/" + name;
        std::ifstream in(path, std::ios::binary);
        if (!in) return false;
        std::ostringstream content;
        content << in.rdbuf();
        ((*model).*load)(path, content.str(), errors);
        return true;
    };
    bool found = read("tags.yml", &PennModel::load_transitions) &&
                 read("unknown.yml", &PennModel::load_unknown_classes) && read("words.yml", &PennModel::load_words);
    if (found) model->finish();
    if (!found || !model->ready() || !errors.empty()) {
        std::string why = !found           ? "not found (Debian package liblingua-en-tagger-perl)"
                          : errors.empty() ? "incomplete"
                                           : errors.front().format();
        diagnostics.push_back({Severity::warning, dir, 0,
                               "part-of-speech model " + why + ": tagging with the built-in rules",
                               DiagnosticCode::missing_data});
        return nullptr;
    }
    return model;
}

}  // namespace sitrep
