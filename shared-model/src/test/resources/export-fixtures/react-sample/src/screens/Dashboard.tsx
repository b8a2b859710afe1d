import Button from "../components/Button";

const cards = [
  { id: "card-sales", title: "Sales", x: 220 },
  { id: "card-visits", title: "Visits", x: 540 },
];

export default function Dashboard() {
  return (
    <div className="bl-screen dashboard" data-id="dashboard">
      <header className="dashboard-header" data-id="dashboard-header">Dashboard</header>
      <nav className="dashboard-sidebar" data-id="dashboard-sidebar" aria-label="Main" />
      {cards.map((card) => (
        <section key={card.id} className="dashboard-card" data-id={card.id} style={{ left: card.x }}>
          <h2>{card.title}</h2>
          <Button id={`${card.id}-open`} label="Open" x={20} y={140} w={120} h={40} />
        </section>
      ))}
    </div>
  );
}
