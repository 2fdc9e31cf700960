import PlanModel

/// What is shown above a question: the step's banner the first time the
/// step is entered, where the question stands in the step, the prompt, the
/// choices and a one-line hint on how to answer.
struct QuestionHeader {
    let context: FlowContext

    /// Shows the header; `shownStepID` is the step whose banner was shown last,
    /// so each banner appears once per visit to its step.
    func show(for question: Question, shownStepID: inout String?) {
        let engine = context.engine
        let terminal = context.terminal
        let words = context.words
        guard let progress = engine.progress(of: question) else { return }
        let step = progress.step
        let stepTitle = context.text(step.title)
        if shownStepID != step.id {
            sayPassedOverSteps(from: shownStepID, to: step)
            shownStepID = step.id
            let banner = words.stepBanner(
                number: step.number, of: progress.stepCount, title: stepTitle, source: step.source)
            terminal.say("\n" + TextLayout.fit(banner, hangingIndent: "   ", width: terminal.width))
            if let intro = step.intro {
                terminal.say(TextLayout.wrap(context.text(intro), width: min(terminal.width, 100)))
            }
        }
        let place = words.progress(
            step: step.number, of: progress.stepCount, stepTitle: stepTitle, question: progress.index,
            of: progress.count, atMost: progress.mayAskFewer)
        terminal.say("\n" + TextLayout.fit(place, hangingIndent: " ", width: terminal.width))
        context.tell(context.text(question.prompt) + (question.required ? words.requiredMark : ""))
        if let choices = question.choices {
            let labels = context.parser.matcher(choices).labels
            if labels.count > FlowContext.longList {
                // A long list in full once per run; a reminder when the question comes back.
                context.listOnce(
                    labels, key: "choices:" + choices.name, heading: nil, reminder: words.choicesReminder,
                    listIndent: "  ")
            } else {
                context.list(labels)
            }
        }
        if let hint = words.hint(for: question.kind) {
            context.tell(hint, indent: "  ")
        }
    }

    /// Going forward, the steps between the last one shown and `step` that
    /// ask nothing of this city are named, so a team without a partner knows
    /// why "Step 4 of 4" follows step 2.
    private func sayPassedOverSteps(from shownStepID: String?, to step: Step) {
        let steps = context.engine.questionnaire.steps
        guard let shownStepID, let from = steps.firstIndex(where: { $0.id == shownStepID }),
            let to = steps.firstIndex(where: { $0.id == step.id }), from + 1 < to
        else { return }
        for skipped in steps[(from + 1)..<to] where context.engine.firstQuestion(of: skipped) == nil {
            context.terminal.say("")
            context.tell(
                context.words.stepHasNoQuestions(number: skipped.number, title: context.text(skipped.title)))
        }
    }
}
