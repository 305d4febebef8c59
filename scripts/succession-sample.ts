// Twenty fictional local businesses at every stage of a succession pipeline, for the screenshot and demos.
import type * as Y from "yjs";
import {
  createBusiness,
  getBusinessNotes,
  listStages,
  readBoard,
  type FinanceOption,
  type OwnershipRoute,
} from "../shared/board";
import { fillFragment } from "../shared/export/rich-text-write";

interface Sample {
  stage: string;
  name: string;
  sector: string;
  employees: number;
  route: OwnershipRoute | "";
  exit: string;
  finance: FinanceOption[];
  adviser: string;
  next?: [string, number];
  confidential?: boolean;
  notes?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

const SAMPLES: Sample[] = [
  {
    stage: "Identified",
    name: "Plym Valley Joinery",
    sector: "Construction",
    employees: 18,
    route: "",
    exit: "3-5-years",
    finance: [],
    adviser: "Plymouth Chamber of Commerce",
    next: ["First conversation with owner", 12],
  },
  {
    stage: "Identified",
    name: "Barbican Opticians",
    sector: "Health",
    employees: 9,
    route: "",
    exit: "1-3-years",
    finance: [],
    adviser: "",
    next: ["Introduction via accountant", 20],
  },
  {
    stage: "Identified",
    name: "Stonehouse Engineering",
    sector: "Manufacturing",
    employees: 62,
    route: "eot",
    exit: "1-3-years",
    finance: [],
    adviser: "Co-operatives UK",
    confidential: true,
  },
  {
    stage: "Identified",
    name: "Tamar Bridge Garage",
    sector: "Motor trade",
    employees: 11,
    route: "",
    exit: "within-1-year",
    finance: [],
    adviser: "",
    next: ["Call back after MOT season", -6],
  },
  {
    stage: "Engaged",
    name: "Devonport Fish Merchants",
    sector: "Food and drink",
    employees: 24,
    route: "worker-coop",
    exit: "1-3-years",
    finance: [],
    adviser: "Co-operatives UK",
    next: ["Staff briefing on options", 9],
  },
  {
    stage: "Engaged",
    name: "Mutley Plain Books",
    sector: "Retail",
    employees: 6,
    route: "community-shares",
    exit: "within-1-year",
    finance: ["community-share-offer"],
    adviser: "Plymouth Community Economy",
    next: ["Meet the friends group", 4],
  },
  {
    stage: "Engaged",
    name: "Estover Print Works",
    sector: "Manufacturing",
    employees: 37,
    route: "eot",
    exit: "3-5-years",
    finance: ["eot-sale"],
    adviser: "Employee Ownership Association",
    next: ["Owner to share accounts", -3],
  },
  {
    stage: "Exploring options",
    name: "Saltash Road Bakery",
    sector: "Food and drink",
    employees: 28,
    route: "worker-coop",
    exit: "1-3-years",
    finance: ["coop-loan-fund"],
    adviser: "Co-operatives UK",
    next: ["Options workshop with staff", 15],
  },
  {
    stage: "Exploring options",
    name: "Hoe Park Nursery",
    sector: "Childcare",
    employees: 21,
    route: "multi-stakeholder",
    exit: "1-3-years",
    finance: ["council-fund"],
    adviser: "Plymouth Community Economy",
    next: ["Parents' evening on ownership", 22],
  },
  {
    stage: "Exploring options",
    name: "Sutton Harbour Boatyard",
    sector: "Marine",
    employees: 15,
    route: "hybrid",
    exit: "3-5-years",
    finance: [],
    adviser: "Co-operatives UK",
    confidential: true,
  },
  {
    stage: "Feasibility and valuation",
    name: "Tamar Valley Dairy",
    sector: "Food and drink",
    employees: 46,
    route: "eot",
    exit: "1-3-years",
    finance: ["eot-sale", "bank"],
    adviser: "Employee Ownership Association",
    next: ["Independent valuation report", 30],
  },
  {
    stage: "Feasibility and valuation",
    name: "Drake Circus IT Support",
    sector: "Digital",
    employees: 14,
    route: "worker-coop",
    exit: "within-1-year",
    finance: ["coop-loan-fund", "vendor-finance"],
    adviser: "Co-operatives UK",
    next: ["Feasibility study sign-off", -10],
  },
  {
    stage: "Structure and finance",
    name: "Plympton Care at Home",
    sector: "Social care",
    employees: 58,
    route: "multi-stakeholder",
    exit: "within-1-year",
    finance: ["council-fund", "coop-loan-fund"],
    adviser: "Plymouth Community Economy",
    next: ["Loan panel decision", 18],
    notes:
      "Care workers, clients and families each have a seat on the board. The council fund covers the first year's working capital.",
  },
  {
    stage: "Structure and finance",
    name: "Cattedown Metal Finishing",
    sector: "Manufacturing",
    employees: 33,
    route: "eot",
    exit: "1-3-years",
    finance: ["eot-sale", "bank"],
    adviser: "Employee Ownership Association",
    next: ["Trust deed drafted", 26],
  },
  {
    stage: "Transfer",
    name: "Ivybridge Outdoor Gear",
    sector: "Retail",
    employees: 19,
    route: "worker-coop",
    exit: "within-1-year",
    finance: ["coop-loan-fund", "vendor-finance"],
    adviser: "Co-operatives UK",
    next: ["Completion and share issue", 7],
  },
  {
    stage: "Transfer",
    name: "Looe Street Architects",
    sector: "Professional services",
    employees: 12,
    route: "eot",
    exit: "within-1-year",
    finance: ["eot-sale"],
    adviser: "Employee Ownership Association",
    next: ["Sale completes", 3],
  },
  {
    stage: "Aftercare",
    name: "Royal William Yard Cafe",
    sector: "Hospitality",
    employees: 17,
    route: "worker-coop",
    exit: "within-1-year",
    finance: ["coop-loan-fund"],
    adviser: "Co-operatives UK",
    next: ["Six-month governance review", 40],
  },
  {
    stage: "Aftercare",
    name: "Southway Cleaning Services",
    sector: "Facilities",
    employees: 41,
    route: "eot",
    exit: "within-1-year",
    finance: ["eot-sale", "bank"],
    adviser: "Employee Ownership Association",
    next: ["First employee council meeting", 14],
  },
  {
    stage: "Not proceeding",
    name: "Keyham Electrical Wholesale",
    sector: "Wholesale",
    employees: 22,
    route: "",
    exit: "within-1-year",
    finance: [],
    adviser: "",
    notes: "Sold to a trade buyer in January.",
  },
  {
    stage: "Not proceeding",
    name: "Peverell Dental Practice",
    sector: "Health",
    employees: 8,
    route: "worker-coop",
    exit: "1-3-years",
    finance: [],
    adviser: "Co-operatives UK",
  },
];

/** Add the twenty sample businesses to a board seeded from the council template. */
export function addSampleBusinesses(doc: Y.Doc): void {
  const stages = listStages(doc);
  const actions = [...readBoard(doc).cells.values()].flat();
  const linkable = (words: string) => actions.find((action) => action.title.includes(words))?.id;
  const links = [linkable("succession strategy"), linkable("buyout opportunities")].filter(
    (id): id is string => !!id,
  );
  doc.transact(() => {
    SAMPLES.forEach((sample, index) => {
      const stageId = stages.find((stage) => stage.name === sample.stage)!.id;
      const id = createBusiness(doc, {
        name: sample.name,
        stageId,
        employees: sample.employees,
        confidential: sample.confidential ?? false,
        financeOptions: sample.finance,
        linkedActionIds: links.slice(0, 1 + (index % 2)),
        fields: {
          sector: sample.sector,
          route: sample.route,
          exitTimeline: sample.exit,
          adviser: sample.adviser,
          contact: "Owner; introduced by the Chamber",
          nextStep: sample.next?.[0] ?? "",
          nextStepDate: sample.next ? inDays(sample.next[1]) : "",
        },
      });
      if (sample.notes) {
        fillFragment(getBusinessNotes(doc, id)!, {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: sample.notes }] }],
        });
      }
    });
  });
}
