import Button from "../components/Button";

export default function Login() {
  return (
    <div className="bl-screen login" data-id="login">
      <h1 className="login-title" data-id="login-title">Sign in</h1>
      <input className="login-email" data-id="login-email" type="email" placeholder="Email" aria-label="Email" />
      <Button id="login-submit" label="Sign in" x={20} y={120} w={120} h={40} to="dashboard" />
    </div>
  );
}
