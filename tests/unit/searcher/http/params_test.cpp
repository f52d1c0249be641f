// Query-string parameters read as strictly as the command line reads its options.

#include "searcher/http/params.hpp"

#include <gtest/gtest.h>

namespace forum::http {
namespace {

httplib::Request request(std::initializer_list<std::pair<const std::string, std::string>> p) {
    httplib::Request req;
    req.params = httplib::Params(p);
    return req;
}

TEST(Params, ReadsEveryOptionOfASearch) {
    SearchParams p = search_params(request({{"q", "summit"},
                                            {"limit", "5"},
                                            {"offset", "10"},
                                            {"sort", "newest"},
                                            {"facet", "country"},
                                            {"facet", "year:period"},
                                            {"per_thread", "2"},
                                            {"since", "2023-01-01"},
                                            {"until", "2023-12-31"},
                                            {"histogram", "week"},
                                            {"with_text", "true"}}));
    EXPECT_EQ(p.request.query, "summit");
    EXPECT_EQ(p.request.limit, 5u);
    EXPECT_EQ(p.request.offset, 10u);
    EXPECT_EQ(p.request.sort, SortOrder::kNewest);
    EXPECT_EQ(p.request.facets, (std::vector<std::string>{"country", "year:period"}));
    EXPECT_EQ(p.request.per_thread, 2u);
    EXPECT_EQ(p.request.since, "2023-01-01");
    EXPECT_EQ(p.request.until, "2023-12-31");
    EXPECT_EQ(p.request.histogram, Period::kWeek);
    EXPECT_TRUE(p.with_text);
}

TEST(Params, DefaultsAreTheCommandLines) {
    SearchParams p = search_params(request({}));
    SearchRequest cli;
    EXPECT_EQ(p.request.limit, cli.limit);
    EXPECT_EQ(p.request.offset, 0u);
    EXPECT_EQ(p.request.sort, SortOrder::kRelevance);
    EXPECT_FALSE(p.request.histogram);
    EXPECT_FALSE(p.with_text);
}

TEST(Params, RefusesWhatTheCommandLineWouldRefuse) {
    for (auto params : std::vector<httplib::Params>{{{"limit", "ten"}},
                                                    {{"limit", "0"}},
                                                    {{"limit", "1001"}},
                                                    {{"limit", "-1"}},
                                                    {{"limit", "99999999999999999999"}},
                                                    {{"offset", "100001"}},
                                                    {{"sort", "best"}},
                                                    {{"facet", "shoe"}},
                                                    {{"facet", "country:0"}},
                                                    {{"histogram", "hour"}},
                                                    {{"with_text", "yes"}},
                                                    {{"q", "a"}, {"q", "b"}}}) {
        httplib::Request req;
        req.params = params;
        EXPECT_THROW(search_params(req), ParamError) << params.begin()->first;
    }
}

TEST(Params, DownloadsDoNotReadTheLimit) {
    httplib::Request req = request({{"limit", "0"}, {"q", "x"}});
    EXPECT_THROW(search_params(req), ParamError);
    EXPECT_NO_THROW(search_params(req, true));
}

}  // namespace
}  // namespace forum::http
