import { useEffect } from "react";
import { SiteHeader } from "../ui/SiteHeader";
import { YouBadge } from "../identity/YouBadge";
import { CreatePlanForm } from "./CreatePlanForm";
import { ImportPlan } from "./ImportPlan";
import { RecentPlans } from "./RecentPlans";
import "./home.css";

export function HomePage() {
  useEffect(() => {
    document.title = "Coplan — co-operative action plans";
  }, []);
  return (
    <>
      <SiteHeader>
        <YouBadge />
      </SiteHeader>
      <main id="main" className="page home">
        <div className="home__intro">
          <p className="overline">Co-operative Development Action Plans</p>
          <h1 className="home__title">Plan co-operative development together, live</h1>
          <p className="home__lead">
            Councils and co-operative partners build one shared action plan: Finance, Support and Inform
            actions for each theme, with owners, partners, milestones and notes. Partners with an editing link
            change it together, live; members and the public can follow it with a view-only link.
          </p>
        </div>
        <div className="home__columns">
          <div className="home__card">
            <CreatePlanForm />
            <ImportPlan />
          </div>
          <RecentPlans />
        </div>
      </main>
    </>
  );
}
