/// `PlanMessages` in English.
struct EnglishPlanMessages: PlanMessages {
}
