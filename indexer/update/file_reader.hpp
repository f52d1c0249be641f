#pragma once
// The reading side of an index run: for each input file, in order, what the change plan says
// (change_plan.hpp) from the files' state at the start of the pass, then the file's pages to
// the workers and notes about the file to the applying side. Stops between files when the run
// is asked to stop.

#include <string>
#include <unordered_map>
#include <vector>

#include "indexer/input/source.hpp"
#include "indexer/store/index_state.hpp"
#include "indexer/update/change_plan.hpp"
#include "indexer/update/pipeline.hpp"
#include "indexer/update/run_items.hpp"

namespace forum {

using RunFeed = PipelineFeed<ReadPage, RunItem>;

void read_files(const std::vector<InputFile>& files,
                const std::unordered_map<std::string, FileState>& last, const PlanContext& plan,
                const SourceOptions& options, RunFeed& feed);

}  // namespace forum
