/// `PlanMessages` in Simplified Chinese, with the terms of the glossary (GLOSSARY-zh).
struct ChinesePlanMessages: PlanMessages {
}
