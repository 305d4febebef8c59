import { lazy, Suspense, type ReactNode } from "react";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { goToSection, useSectionLocation } from "./section-location";
import "./board-sections.css";

const SuccessionSection = lazy(() =>
  import("../succession/SuccessionSection").then((module) => ({ default: module.SuccessionSection })),
);
const EconomySection = lazy(() =>
  import("../economy/EconomySection").then((module) => ({ default: module.EconomySection })),
);
const BriefSection = lazy(() =>
  import("../brief/BriefSection").then((module) => ({ default: module.BriefSection })),
);

interface SectionTab {
  /** In the URL fragment: `#section=<id>`. */
  id: string;
  label: string;
  render(actionPlan: ReactNode): ReactNode;
}

/** The board's sections in order; adding one is one entry here. Heavy sections load when first opened. */
const SECTION_TABS: readonly SectionTab[] = [
  { id: "plan", label: "Action plan", render: (actionPlan) => actionPlan },
  { id: "succession", label: "Succession", render: () => <SuccessionSection /> },
  { id: "economy", label: "Economy", render: () => <EconomySection /> },
  { id: "brief", label: "Consultant brief", render: () => <BriefSection /> },
];

export function BoardSections({ actionPlan }: { actionPlan: ReactNode }) {
  const { tab } = useSectionLocation();
  const selected = SECTION_TABS.some((section) => section.id === tab) ? tab : SECTION_TABS[0]!.id;
  return (
    <Tabs
      className="board-sections"
      selectedKey={selected}
      onSelectionChange={(key) => goToSection({ tab: String(key), businessId: null })}
    >
      <TabList aria-label="Board sections" className="board-sections__tabs">
        {SECTION_TABS.map((section) => (
          <Tab
            key={section.id}
            id={section.id}
            className="board-sections__tab"
            data-testid={`section.tab.${section.id}`}
          >
            {section.label}
          </Tab>
        ))}
      </TabList>
      {SECTION_TABS.map((section) => (
        <TabPanel key={section.id} id={section.id} className="board-sections__panel">
          <Suspense fallback={<p className="muted">Loading…</p>}>{section.render(actionPlan)}</Suspense>
        </TabPanel>
      ))}
    </Tabs>
  );
}
